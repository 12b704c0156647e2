import { useDraggable } from "@dnd-kit/core";
import type { KeyboardEvent, MouseEvent } from "react";
import { memo, useMemo } from "react";
import { useT } from "../../i18n/i18n";
import { useBoard, useBoardList } from "../../store/BoardStoreContext";
import { makeSelectAuthorsOf } from "../../store/selectors";
import { useCanvas, useSelection } from "./CanvasContext";
import { noteDragId } from "./dragIds";

/**
 * A post-it on the board: drag it (mouse, touch, keyboard), click to select it, Shift/Ctrl
 * click to add it to the selection, double-click to deepen it. Memoised by id: a remote change
 * to another note does not re-render it.
 */
export const CanvasNote = memo(function CanvasNote({ noteId }: { noteId: string }) {
  const t = useT();
  const note = useBoard((state) => state.notes[noteId]);
  const showAuthors = useBoard((state) => state.meta?.showAuthors !== false);
  const authors = useBoardList(useMemo(() => makeSelectAuthorsOf(noteId), [noteId]));
  const selected = useSelection((state) => state.ids.has(noteId));
  const { selection, openNote, focusPicker } = useCanvas();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: noteDragId(noteId),
  });
  if (!note) return null;
  const onClick = (event: MouseEvent) => {
    if (event.shiftKey || event.ctrlKey || event.metaKey) selection.toggle(noteId);
    else selection.selectOnly(noteId);
  };
  // Space picks the note up (dnd-kit); Enter selects it and goes to the family picker, where
  // typing a family's first letters and Enter sorts it. Shift/Ctrl+Enter adds it to the selection.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    if (event.shiftKey || event.ctrlKey || event.metaKey) {
      selection.toggle(noteId);
    } else {
      selection.selectOnly(noteId);
      focusPicker();
    }
  };
  const classes = ["postit", `postit--${note.color}`, "canvas-note"];
  if (selected) classes.push("canvas-note--selected");
  if (isDragging) classes.push("canvas-note--dragging");
  return (
    <button
      type="button"
      ref={setNodeRef}
      className={classes.join(" ")}
      data-note-id={note.id}
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
      <span className="postit__text">{note.text}</span>
      {showAuthors && authors.length > 0 ? (
        <span className="postit__author">{t("board.by", { name: authors.join(", ") })}</span>
      ) : null}
      {note.parts.length > 0 ? (
        <span className="canvas-note__parts">+{note.parts.length}</span>
      ) : null}
    </button>
  );
});
