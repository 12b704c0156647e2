import { acceptSuggestions } from "@troc/shared";
import { memo } from "react";
import { useT } from "../../i18n/i18n";
import { useBoard } from "../../store/BoardStoreContext";
import { useDoc } from "../DocContext";
import { useSuggestion } from "../suggestions";

/** Under a pool note: the family it most likely belongs to, accepted in one click. */
export const SuggestionHint = memo(function SuggestionHint({ noteId }: { noteId: string }) {
  const t = useT();
  const doc = useDoc();
  const suggestion = useSuggestion(noteId);
  const text = useBoard((state) => state.notes[noteId]?.text ?? "");
  if (suggestion === null) return null;
  return (
    <button
      type="button"
      className="suggestion-hint"
      aria-label={t("suggest.acceptLabel", { text, name: suggestion.familyName })}
      onClick={() => acceptSuggestions(doc, [{ noteId, familyId: suggestion.familyId }])}
    >
      → {t("suggest.inline", { name: suggestion.familyName })}
    </button>
  );
});
