import { useDraggable } from "@dnd-kit/core";
import type { KeyboardEvent, MouseEvent } from "react";
import { memo, useMemo } from "react";
import { useT } from "../../i18n/i18n";
import { useBoard, useBoardList } from "../../store/BoardStoreContext";
import { makeSelectAuthorsOf, selectShowAuthors } from "../../store/selectors";
import { useCanvas, useSelection } from "./CanvasContext";
import { noteDragId } from "./dragIds";
import { isTypedLetter } from "./typedLetter";

/**
 * A post-it on the board: drag it (mouse, touch, keyboard), click to select it, Shift/Ctrl
 * click to add it to the selection, double-click to deepen it. Memoised by id: a remote change
 * to another note does not re-render it.
 *
 * dnd-kit re-renders every draggable whenever the drop target under a drag changes, so this
 * shell stays small and the note's face is a memoised child that those renders skip: with
 * 2,000 notes that is the difference between a smooth drag and a stutter.
 */
export const CanvasNote = memo(function CanvasNote({ noteId }: { noteId: string }) {
  const color = useBoard((state) => state.notes[noteId]?.color);
  const selected = useSelection((state) => state.ids.has(noteId));
  const { selection, openNote, focusPicker } = useCanvas();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: noteDragId(noteId),
  });
  if (color === undefined) return null;
  const onClick = (event: MouseEvent) => {
    if (event.shiftKey || event.ctrlKey || event.metaKey) selection.toggle(noteId);
    else selection.selectOnly(noteId);
  };
  // Space picks the note up (dnd-kit); Enter selects it and goes to the family picker, where
  // typing a family's first letters and Enter sorts it. Shift/Ctrl+Enter adds it to the selection.
  // A letter typed on the note (just clicked, say) goes to the picker with its selection.
  const onKeyDown = (event: KeyboardEvent) => {
    if (isTypedLetter(event)) {
      event.preventDefault();
      if (!selected) selection.selectOnly(noteId);
      focusPicker(event.key);
      return;
    }
    if (event.key !== "Enter") return;
    event.preventDefault();
    if (event.shiftKey || event.ctrlKey || event.metaKey) {
      selection.toggle(noteId);
    } else {
      selection.selectOnly(noteId);
      focusPicker();
    }
  };
  const classes = ["postit", `postit--${color}`, "canvas-note"];
  if (selected) classes.push("canvas-note--selected");
  if (isDragging) classes.push("canvas-note--dragging");
  return (
    <button
      type="button"
      ref={setNodeRef}
      className={classes.join(" ")}
      data-note-id={noteId}
      {...attributes}
      {...listeners}
      aria-pressed={selected}
      onClick={onClick}
      onKeyDown={(event) => {
        onKeyDown(event);
        listeners?.onKeyDown?.(event);
      }}
      onDoubleClick={() => openNote(noteId)}
    >
      <NoteFace noteId={noteId} />
    </button>
  );
});

/** What a note says: its text, its authors (unless hidden), how many parts it has. */
const NoteFace = memo(function NoteFace({ noteId }: { noteId: string }) {
  const t = useT();
  const text = useBoard((state) => state.notes[noteId]?.text ?? "");
  const parts = useBoard((state) => state.notes[noteId]?.parts.length ?? 0);
  const kind = useBoard((state) => state.notes[noteId]?.kind ?? null);
  // Interest is the exchange phase's business: counted on the board only then.
  const interested = useBoard((state) =>
    state.meta?.phase === "exchange" ? (state.notes[noteId]?.interested.length ?? 0) : 0,
  );
  const showAuthors = useBoard(selectShowAuthors);
  const authors = useBoardList(useMemo(() => makeSelectAuthorsOf(noteId), [noteId]));
  return (
    <>
      <span className="postit__text">{text}</span>
      {showAuthors && authors.length > 0 ? (
        <span className="postit__author">{t("board.by", { name: authors.join(", ") })}</span>
      ) : null}
      {parts > 0 ? <span className="canvas-note__parts">+{parts}</span> : null}
      {kind || interested > 0 ? (
        <span className="canvas-note__badges">
          {kind ? (
            <span className={`canvas-note__kind canvas-note__kind--${kind}`}>
              {t(`board.kinds.${kind}`)}
            </span>
          ) : null}
          {interested > 0 ? (
            <span className="canvas-note__interest">
              {t("board.interested", { count: interested })}
            </span>
          ) : null}
        </span>
      ) : null}
    </>
  );
});
