import { LIMITS } from "@troc/shared";
import type { FormEvent } from "react";
import { useId, useState } from "react";
import { FormError } from "../components/FormError";
import { useAsyncAction } from "../components/useAsyncAction";
import { useT } from "../i18n/i18n";
import { PRIVACY_PATH } from "../router/routes";

interface NameFormProps {
  /** Registers under the name; a rejection is shown under the field. */
  onSubmit(name: string): Promise<void>;
}

/** Asks once for a first name or pseudonym. */
export function NameForm({ onSubmit }: NameFormProps) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState("");
  const { busy, error, run } = useAsyncAction();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(() => onSubmit(name));
  };

  return (
    <form className="card stack" onSubmit={submit} noValidate>
      <h2 className="card__title">{t("participant.nameHeading")}</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t("participant.nameLabel")}</label>
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
          {t("participant.nameHint", LIMITS.personName)}
        </p>
      </div>
      <FormError id={`${id}-error`} error={error} />
      <button className="button button--primary" type="submit" disabled={busy}>
        {busy ? t("participant.registering") : t("participant.nameButton")}
      </button>
      <p className="privacy-notice">
        {t("participant.privacyNotice")} <a href={PRIVACY_PATH}>{t("participant.privacyLink")}</a>
      </p>
    </form>
  );
}
