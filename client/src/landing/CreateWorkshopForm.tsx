import { DEFAULT_PROMPT, LIMITS } from "@troc/shared";
import type { FormEvent } from "react";
import { useId, useState } from "react";
import { describeError } from "../describeError";
import { strings } from "../strings";

export interface WorkshopDraft {
  title: string;
  prompt: string;
}

/** Title and question of a new workshop; the question comes prefilled. */
export function CreateWorkshopForm({
  onCreate,
}: {
  onCreate(draft: WorkshopDraft): Promise<void>;
}) {
  const id = useId();
  const [title, setTitle] = useState("");
  const [prompt, setPrompt] = useState(DEFAULT_PROMPT);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onCreate({ title, prompt });
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  };

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 className="card__title" id={`${id}-heading`}>
        {strings.landing.createHeading}
      </h2>
      <div className="field">
        <label htmlFor={`${id}-title`}>{strings.landing.titleLabel}</label>
        <input
          id={`${id}-title`}
          value={title}
          maxLength={LIMITS.workshopTitle.max}
          placeholder={strings.landing.titlePlaceholder}
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-prompt`}>{strings.landing.promptLabel}</label>
        <textarea
          id={`${id}-prompt`}
          rows={2}
          value={prompt}
          maxLength={LIMITS.workshopPrompt.max}
          onChange={(event) => setPrompt(event.target.value)}
          required
        />
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <button className="button button--primary" type="submit" disabled={busy}>
        {busy ? strings.landing.creating : strings.landing.createButton}
      </button>
    </form>
  );
}
