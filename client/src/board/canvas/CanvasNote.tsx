import type { CSSProperties, KeyboardEvent, MouseEvent, ReactNode } from "react";
import { memo, useMemo, useState } from "react";
import { flushSync } from "react-dom";
import { useStore } from "zustand";
import { useShallow } from "zustand/react/shallow";
import { useT } from "../../i18n/i18n";
import { useBoard, useBoardList } from "../../store/BoardStoreContext";
import { useCanvas, useSelection } from "./CanvasContext";
import type { DragBinding } from "./dndBindings";
import { isFilteredOut } from "./NoteFilter";
import { ArmedNoteDrag } from "./noteDrag";
import type { NoteLook } from "./noteLooks";
import { makeSelectLooks } from "./noteLooks";
import { noteShowsIn } from "./noteShows";
import { isTypedLetter, TYPED_ENTER } from "./typedLetter";

/**
 * A list of post-its on the board (a family's, the pool's), drawn in full or, `tiles`, as tiles
 * of their colour (detail.ts). The list reads the notes, the selection, the armed note and the
 * filter once for all its notes and hands each note what it needs: with a dozen selectors per
 * note, a 2,000-note board ran some 14,000 at each change of the store. A note keeps its
 * button between tiles and full: the keyboard's focus stays on it as the board zooms in.
 */
export const CanvasNotes = memo(function CanvasNotes({
  ids,
  tiles = false,
  className,
  style,
  after,
}: {
  ids: readonly string[];
  tiles?: boolean;
  className: string;
  style?: CSSProperties | undefined;
  /** What follows a note in its item (the pool's family suggestion). */
  after?: ((noteId: string) => ReactNode) | undefined;
}) {
  const t = useT();
  const { armedNote, noteFilter } = useCanvas();
  const selectLooks = useMemo(() => makeSelectLooks(ids, tiles ? t : null), [ids, tiles, t]);
  const looks = useBoardList(selectLooks);
  const selected = useSelection(useShallow((state) => ids.filter((id) => state.ids.has(id))));
  const chosen = useMemo(() => new Set(selected), [selected]);
  const armed = useStore(armedNote, (state) =>
    state.id !== null && ids.includes(state.id) ? state.id : null,
  );
  const filter = useStore(noteFilter, (state) => state.kind);
  return (
    <ul className={className} style={style}>
      {looks.map((look) => (
        <li key={look.id}>
          <CanvasNote
            look={look}
            tile={tiles}
            selected={chosen.has(look.id)}
            armed={armed === look.id}
            dimmed={isFilteredOut(filter, look.kind)}
          />
          {after?.(look.id)}
        </li>
      ))}
    </ul>
  );
});

/**
 * A post-it on the board: drag it (mouse, touch, keyboard), click to select it, Shift/Ctrl
 * click to add it to the selection, double-click to deepen it. Memoised: a change to another
 * note does not re-render it.
 *
 * Only the armed note (see noteDrag.tsx) is a dnd-kit draggable, so a drag re-renders one note,
 * not all of them; the face is a memoised child that the armed note's renders skip.
 */
const CanvasNote = memo(function CanvasNote({
  look,
  tile,
  selected,
  armed,
  dimmed,
}: {
  look: NoteLook;
  /** Drawn as a tile of its colour (detail.ts), named by all it says. */
  tile: boolean;
  selected: boolean;
  armed: boolean;
  dimmed: boolean;
}) {
  const { id: noteId, color } = look;
  const { selection, openNote, focusPicker, armedNote } = useCanvas();
  const [drag, setDrag] = useState<DragBinding | null>(null);
  const arm = () => {
    if (armedNote.getState().id !== noteId) armedNote.setState({ id: noteId });
  };
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
      focusPicker(TYPED_ENTER);
    }
  };
  const classes = ["postit", `postit--${color}`, "canvas-note"];
  if (tile) classes.push("canvas-note--tile");
  if (selected) classes.push("canvas-note--selected");
  if (drag?.isDragging) classes.push("canvas-note--dragging");
  if (dimmed) classes.push("canvas-note--dimmed");
  return (
    <button
      type="button"
      ref={drag?.setNodeRef}
      className={classes.join(" ")}
      data-note-id={noteId}
      aria-roledescription={RESTING_ROLE}
      {...drag?.attributes}
      {...drag?.listeners}
      aria-pressed={selected}
      aria-label={look.label}
      // Armed before the mouse or touch event that starts a drag reaches dnd-kit's listeners
      // (a pointerdown comes first), and on focus for the keyboard's Space.
      onPointerDown={() => flushSync(arm)}
      onFocus={arm}
      onClick={onClick}
      onKeyDown={(event) => {
        onKeyDown(event);
        drag?.listeners?.onKeyDown?.(event);
      }}
      onDoubleClick={() => openNote(noteId)}
    >
      {armed ? <ArmedNoteDrag noteId={noteId} onChange={setDrag} /> : null}
      {tile ? null : <NoteFace noteId={noteId} />}
    </button>
  );
});

// What dnd-kit calls every draggable, armed or not.
const RESTING_ROLE = "draggable";

/** What a note says: its text, its authors (unless hidden), how many parts it has, badges. */
const NoteFace = memo(function NoteFace({ noteId }: { noteId: string }) {
  const t = useT();
  const note = useBoard((state) => state.notes[noteId]);
  const shows = useBoard((state) => {
    const record = state.notes[noteId];
    return record ? noteShowsIn(t)(state, record) : null;
  });
  if (!note || !shows) return null;
  return (
    <>
      <span className="postit__text">{note.text}</span>
      {shows.author ? <span className="postit__author">{shows.author}</span> : null}
      {shows.parts ? <span className="canvas-note__parts">{shows.parts}</span> : null}
      {shows.kind || shows.interest ? (
        <span className="canvas-note__badges">
          {shows.kind ? (
            <span className={`canvas-note__kind canvas-note__kind--${note.kind}`}>
              {shows.kind}
            </span>
          ) : null}
          {shows.interest ? <span className="canvas-note__interest">{shows.interest}</span> : null}
        </span>
      ) : null}
    </>
  );
});
