import { memo, useId, useMemo, useState } from "react";
import { useT } from "../i18n/i18n";
import { useBoard, useBoardList, useBoardStore } from "../store/BoardStoreContext";
import type { BoardState } from "../store/boardStore";
import { selectShowAuthors } from "../store/selectors";
import { useDoc } from "./DocContext";
import { selectDuplicateKeys, stackGroup } from "./duplicates";
import "./noteTools.css";

/**
 * Notes that say the same thing (« cuisine » / « cuisiner »), a group per row, each to stack
 * into one skill with several authors (« Regrouper ») or to leave as they are (« Ignorer »,
 * remembered on this screen only: it is the facilitator's reading, not the board's).
 */
export function DuplicatesPanel() {
  const t = useT();
  const id = useId();
  const keys = useBoardList(selectDuplicateKeys);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set());
  const [status, setStatus] = useState("");
  const shown = keys.filter((key) => !dismissed.has(key));
  const dismiss = (key: string): void => setDismissed((before) => new Set(before).add(key));
  return (
    <section className="note-tool duplicates-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="note-tool__title">
        {t("duplicates.heading")}
      </h2>
      <p className="note-tool__hint">{t("duplicates.hint")}</p>
      {shown.length === 0 ? (
        <p className="note-tool__empty">{t("duplicates.none")}</p>
      ) : (
        <ul className="note-tool__list">
          {shown.map((key) => (
            <DuplicateGroup key={key} groupKey={key} onStacked={setStatus} onDismiss={dismiss} />
          ))}
        </ul>
      )}
      <p className="note-tool__status" role="status">
        {status}
      </p>
    </section>
  );
}

const DuplicateGroup = memo(function DuplicateGroup({
  groupKey,
  onStacked,
  onDismiss,
}: {
  groupKey: string;
  onStacked(message: string): void;
  onDismiss(key: string): void;
}) {
  const t = useT();
  const doc = useDoc();
  const store = useBoardStore();
  const ids = useMemo(() => groupKey.split(" "), [groupKey]);
  const texts = useBoardList(
    useMemo(
      () => (state: BoardState) => ids.map((noteId) => state.notes[noteId]?.text ?? ""),
      [ids],
    ),
  );
  const authors = useBoardList(
    useMemo(
      () => (state: BoardState) => ids.map((noteId) => state.notes[noteId]?.authorName ?? ""),
      [ids],
    ),
  );
  const showAuthors = useBoard(selectShowAuthors);
  const quoted = texts.map((text) => t("tools.quoted", { text })).join(", ");
  const stack = (): void => {
    if (stackGroup(doc, store.getState(), ids)) {
      onStacked(t("duplicates.stacked", { text: quoted }));
    }
  };
  return (
    <li className="note-tool__row">
      <ul className="note-tool__texts note-tool__what">
        {ids.map((noteId, index) => (
          <li key={noteId}>
            {t("tools.quoted", { text: texts[index] ?? "" })}
            {showAuthors && authors[index] ? (
              <span className="note-tool__author"> {t("board.by", { name: authors[index] })}</span>
            ) : null}
          </li>
        ))}
      </ul>
      <span className="note-tool__actions">
        <button
          type="button"
          className="button button--small button--primary"
          aria-label={t("duplicates.stackLabel", { text: quoted })}
          onClick={stack}
        >
          {t("duplicates.stack")}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t("duplicates.dismissLabel", { text: quoted })}
          onClick={() => onDismiss(groupKey)}
        >
          {t("duplicates.dismiss")}
        </button>
      </span>
    </li>
  );
});
