import { memo } from "react";
import { useT } from "../../i18n/i18n";
import { useBoard, useBoardList } from "../../store/BoardStoreContext";
import { selectGroupIds, selectShows } from "../../store/selectors";
import { CanvasNote } from "./CanvasNote";
import { useDropBinding } from "./dndBindings";
import { POOL_DROP_ID } from "./dragIds";
import { SuggestionHint } from "./SuggestionHint";

/** The unsorted pool, docked beside the canvas so it stays in view while zooming around. */
export function PoolPanel() {
  const t = useT();
  const count = useBoard((state) => selectGroupIds(null)(state).length);
  const drop = useDropBinding(POOL_DROP_ID);
  return (
    <section
      ref={drop?.setNodeRef}
      className={drop?.isOver ? "pool pool--over" : "pool"}
      data-family-id=""
      aria-labelledby="pool-title"
    >
      <header className="pool__header">
        <h2 id="pool-title" className="pool__title">
          {t("canvas.pool")}
        </h2>
        <span className="cluster__count">{t("board.noteCount", { count })}</span>
      </header>
      <p className="field__hint">{t("canvas.poolHint")}</p>
      <PoolNotes />
    </section>
  );
}

/**
 * The pool's notes, memoised apart from the drop target that holds them: it re-renders when a
 * drag starts, ends or changes target, and this list can hold hundreds of notes.
 */
const PoolNotes = memo(function PoolNotes() {
  const t = useT();
  const ids = useBoardList(selectGroupIds(null));
  // Suggestions cost a pass over every note per change: only while the group sorts.
  const sorting = useBoard((state) => selectShows(state).sortingAids);
  return ids.length === 0 ? (
    <p className="empty">{t("board.poolEmpty")}</p>
  ) : (
    <ul className="pool__notes">
      {ids.map((id) => (
        <li key={id}>
          <CanvasNote noteId={id} />
          {sorting ? <SuggestionHint noteId={id} /> : null}
        </li>
      ))}
    </ul>
  );
});
