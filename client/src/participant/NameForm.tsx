import { LIMITS } from "@troc/shared";
import type { FormEvent } from "react";
import { useId, useState } from "react";
import { describeError } from "../describeError";
import { strings } from "../strings";

interface NameFormProps {
  /** Registers under the name; a rejection is shown under the field. */
  onSubmit(name: string): Promise<void>;
}

/** Asks once for a first name or pseudonym. */
export function NameForm({ onSubmit }: NameFormProps) {
  const id = useId();
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(name);
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  };

  return (
    <form className="card stack" onSubmit={submit} noValidate>
      <h2 className="card__title">{strings.participant.nameHeading}</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>{strings.participant.nameLabel}</label>
        <input
          id={`${id}-name`}
          name="name"
          autoComplete="given-name"
          enterKeyHint="go"
          maxLength={LIMITS.personName.max * 2}
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          aria-invalid={error ? true : undefined}
          required
        />
        <p className="field__hint" id={`${id}-hint`}>
          {strings.participant.nameHint}
        </p>
      </div>
      {error ? (
        <p className="form-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <button className="button button--primary" type="submit" disabled={busy}>
        {busy ? strings.participant.registering : strings.participant.nameButton}
      </button>
    </form>
  );
}
