import type { RefObject } from "react";
import { memo, useCallback, useMemo, useRef } from "react";
import { RevealMore, useRevealed } from "../../components/RevealMore";
import { useT } from "../../i18n/i18n";
import { useBoard, useBoardList } from "../../store/BoardStoreContext";
import { selectGroupIds, selectLoaded, selectShows } from "../../store/selectors";
import { CanvasNotes } from "./CanvasNote";
import { useDropBinding } from "./dndBindings";
import { POOL_DROP_ID } from "./dragIds";
import { SuggestionHint } from "./SuggestionHint";

/** The unsorted pool, docked beside the canvas so it stays in view while zooming around. */
export function PoolPanel() {
  const t = useT();
  const count = useBoard((state) => selectGroupIds(null)(state).length);
  const drop = useDropBinding(POOL_DROP_ID);
  const scroller = useRef<HTMLElement | null>(null);
  const setDropRef = drop?.setNodeRef;
  const ref = useCallback(
    (node: HTMLElement | null) => {
      scroller.current = node;
      setDropRef?.(node);
    },
    [setDropRef],
  );
  return (
    <section
      ref={ref}
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
      <PoolNotes scroller={scroller} />
    </section>
  );
}

/**
 * The pool's notes, memoised apart from the drop target that holds them: it re-renders when a
 * drag starts, ends or changes target. When sorting begins every note is here, and the panel
 * shows a few at a time: a long pool is drawn a step at a time as the facilitator scrolls it
 * (a 2,000-note pool took about 1.7 s to open whole).
 */
const PoolNotes = memo(function PoolNotes({
  scroller,
}: {
  scroller: RefObject<HTMLElement | null>;
}) {
  const t = useT();
  const ids = useBoardList(selectGroupIds(null));
  const [shown, more] = useRevealed(ids.length);
  const drawn = useMemo(() => ids.slice(0, shown), [ids, shown]);
  // Suggestions cost a pass over every note per change: only while the group sorts.
  const sorting = useBoard((state) => selectShows(state).sortingAids);
  const loaded = useBoard(selectLoaded);
  return ids.length === 0 ? (
    <p className="empty">{loaded ? t("board.poolEmpty") : t("board.loading")}</p>
  ) : (
    <>
      <CanvasNotes
        ids={drawn}
        className="pool__notes"
        after={sorting ? (id) => <SuggestionHint noteId={id} /> : undefined}
      />
      {shown < ids.length ? (
        <RevealMore shown={shown} onReveal={more} label={t("notes.showMore")} scroller={scroller} />
      ) : null}
    </>
  );
});
