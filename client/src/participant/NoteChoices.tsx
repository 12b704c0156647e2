import type { Category, Kind } from "@troc/shared";
import { CATEGORIES, KINDS } from "@troc/shared";
import { useId } from "react";
import { useT } from "../i18n/i18n";

interface NoteChoicesProps {
  category: Category;
  kind: Kind | null;
  onCategory(category: Category): void;
  onKind(kind: Kind | null): void;
  disabled?: boolean;
  /** Stacked one choice per line, for the narrow editor inside a note. */
  compact?: boolean;
}

/** Professional or personal, and optionally "je propose" / "je cherche": two radio groups. */
export function NoteChoices({
  category,
  kind,
  onCategory,
  onKind,
  disabled = false,
  compact = false,
}: NoteChoicesProps) {
  const t = useT();
  const id = useId();
  const layout = compact ? " choices--stacked" : "";
  return (
    <>
      <fieldset className={`choices${layout}`} disabled={disabled}>
        <legend>{t("participant.categoryLegend")}</legend>
        {CATEGORIES.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name={`${id}-category`}
              value={option}
              checked={category === option}
              onChange={() => onCategory(option)}
            />
            <span>{t(`participant.categories.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className={`choices choices--three${layout}`} disabled={disabled}>
        <legend>{t("participant.kindLegend")}</legend>
        {[null, ...KINDS].map((option) => (
          <label key={option ?? "none"} className="choice">
            <input
              type="radio"
              name={`${id}-kind`}
              value={option ?? ""}
              checked={kind === option}
              onChange={() => onKind(option)}
            />
            <span>
              {option === null ? t("participant.kindNone") : t(`participant.kinds.${option}`)}
            </span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
