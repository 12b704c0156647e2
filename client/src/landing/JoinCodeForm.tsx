import { normalizeJoinCode } from "@troc/shared";
import type { FormEvent } from "react";
import { useId, useState } from "react";
import { FormError } from "../components/FormError";
import { useT } from "../i18n/i18n";

/** Where a participant without the QR code types the code shown on screen. */
export function JoinCodeForm({ onJoin }: { onJoin(joinCode: string): void }) {
  const t = useT();
  const id = useId();
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const joinCode = normalizeJoinCode(code);
    if (joinCode.length === 0) {
      setError(t("landing.joinCodeMissing"));
      return;
    }
    onJoin(joinCode);
  };

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 className="card__title" id={`${id}-heading`}>
        {t("landing.joinHeading")}
      </h2>
      <div className="field">
        <label htmlFor={`${id}-code`}>{t("landing.joinCodeLabel")}</label>
        <input
          id={`${id}-code`}
          className="code-input"
          value={code}
          autoCapitalize="characters"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="go"
          maxLength={32}
          onChange={(event) => setCode(event.target.value)}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          aria-invalid={error ? true : undefined}
        />
        <p className="field__hint" id={`${id}-hint`}>
          {t("landing.joinCodeHint")}
        </p>
      </div>
      <FormError id={`${id}-error`} error={error} />
      <button className="button" type="submit">
        {t("landing.joinButton")}
      </button>
    </form>
  );
}
