import { LIMITS } from "@troc/shared";
import type { FormEvent } from "react";
import { useId, useState } from "react";
import { FormError } from "../components/FormError";
import { useT } from "../i18n/i18n";
import { addFamily } from "./boardActions";
import { useDoc } from "./DocContext";

/** A field to name and create a family. */
export function NewFamilyForm() {
  const t = useT();
  const id = useId();
  const doc = useDoc();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = addFamily(doc, name);
    if (result.ok) {
      setName("");
      setError(null);
    } else {
      setError(result.message);
    }
  };

  return (
    <form className="new-family" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-name`}>{t("board.newFamilyLabel")}</label>
      <div className="new-family__row">
        <input
          id={`${id}-name`}
          value={name}
          maxLength={LIMITS.familyName.max * 2}
          placeholder={t("board.newFamilyPlaceholder")}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button className="button button--primary" type="submit">
          {t("board.newFamilyButton")}
        </button>
      </div>
      <FormError id={`${id}-error`} error={error} />
    </form>
  );
}
