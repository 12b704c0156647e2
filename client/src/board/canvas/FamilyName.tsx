import { renameFamily, TrocInputError, TrocNotFoundError } from "@troc/shared";
import type { FormEvent } from "react";
import { useState } from "react";
import { describeError } from "../../describeError";
import { useT } from "../../i18n/i18n";
import { useDoc } from "../DocContext";

/** A family's name; a click turns it into a field (Enter saves, Escape cancels). */
export function FamilyName({
  familyId,
  name,
  titleId,
}: {
  familyId: string;
  name: string;
  titleId: string;
}) {
  const t = useT();
  const doc = useDoc();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (draft === null) {
    return (
      <h2 className="cluster__name" id={titleId}>
        <button
          type="button"
          className="cluster__rename"
          title={t("canvas.rename")}
          onClick={() => setDraft(name)}
        >
          {name}
        </button>
      </h2>
    );
  }
  const save = (event: FormEvent) => {
    event.preventDefault();
    try {
      if (draft.trim() !== name) renameFamily(doc, familyId, draft);
      setDraft(null);
      setError(null);
    } catch (failure) {
      if (failure instanceof TrocNotFoundError) return setDraft(null);
      if (!(failure instanceof TrocInputError)) throw failure;
      setError(describeError(failure));
    }
  };
  return (
    <form className="cluster__rename-form" onSubmit={save}>
      <h2 className="visually-hidden" id={titleId}>
        {name}
      </h2>
      <input
        // biome-ignore lint/a11y/noAutofocus: the field replaces the name the user just clicked.
        autoFocus
        aria-label={t("canvas.renameLabel")}
        value={draft}
        aria-invalid={error ? true : undefined}
        title={error ?? undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            setDraft(null);
            setError(null);
          }
        }}
      />
    </form>
  );
}
