import { acceptSuggestions } from "@troc/shared";
import { memo, useId, useState } from "react";
import { useT } from "../i18n/i18n";
import { useBoard, useBoardList, useBoardStore } from "../store/BoardStoreContext";
import { useDoc } from "./DocContext";
import { selectSuggestedIds, selectSuggestions, useSuggestion } from "./suggestions";
import "./noteTools.css";

/** Rows drawn at once: beyond, the panel says how many more « Ranger toutes » would sort. */
export const SUGGESTIONS_SHOWN = 50;

/**
 * Unsorted notes that look like they belong to a family (« faire un budget » → Financements),
 * each to accept in one click, or all at once as one step that one undo takes back.
 */
export function SuggestionsPanel() {
  const t = useT();
  const id = useId();
  const doc = useDoc();
  const store = useBoardStore();
  const ids = useBoardList(selectSuggestedIds);
  const [done, setDone] = useState<number | null>(null);
  const acceptAll = (): void => {
    setDone(acceptSuggestions(doc, selectSuggestions(store.getState()).values()));
  };
  const shown = ids.slice(0, SUGGESTIONS_SHOWN);
  return (
    <section className="note-tool suggestions-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="note-tool__title">
        {t("suggest.heading")}
      </h2>
      <p className="note-tool__hint">{t("suggest.hint")}</p>
      {ids.length === 0 ? (
        <p className="note-tool__empty">{t("suggest.none")}</p>
      ) : (
        <>
          <div className="note-tool__actions">
            <button
              type="button"
              className="button button--small button--primary"
              onClick={acceptAll}
            >
              {t("suggest.acceptAll")}
            </button>
            <span className="note-tool__hint">{t("suggest.count", { count: ids.length })}</span>
          </div>
          <ul className="note-tool__list">
            {shown.map((noteId) => (
              <SuggestionRow key={noteId} noteId={noteId} onAccepted={setDone} />
            ))}
          </ul>
          {ids.length > shown.length ? (
            <p className="note-tool__more">
              {t("suggest.more", { count: ids.length - shown.length })}
            </p>
          ) : null}
        </>
      )}
      <p className="note-tool__status" role="status">
        {done !== null && done > 0 ? t("suggest.done", { count: done }) : ""}
      </p>
    </section>
  );
}

/** One suggestion: « the note » → the family, and the button that sorts it there. */
const SuggestionRow = memo(function SuggestionRow({
  noteId,
  onAccepted,
}: {
  noteId: string;
  onAccepted(count: number): void;
}) {
  const t = useT();
  const doc = useDoc();
  const text = useBoard((state) => state.notes[noteId]?.text ?? "");
  const suggestion = useSuggestion(noteId);
  if (suggestion === null) return null;
  const accept = (): void => {
    onAccepted(acceptSuggestions(doc, [{ noteId, familyId: suggestion.familyId }]));
  };
  return (
    <li className="note-tool__row">
      <span className="note-tool__what">
        {t("tools.quoted", { text })} <span aria-hidden="true">→</span>{" "}
        <span className="note-tool__family">{suggestion.familyName}</span>
      </span>
      <button
        type="button"
        className="button button--small"
        aria-label={t("suggest.acceptLabel", { text, name: suggestion.familyName })}
        onClick={accept}
      >
        {t("suggest.accept")}
      </button>
    </li>
  );
});
