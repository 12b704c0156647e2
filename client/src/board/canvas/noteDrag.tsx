import { useLayoutEffect } from "react";
import { createStore } from "zustand/vanilla";
import type { DragBinding } from "./dndBindings";
import { useDragBinding } from "./dndBindings";
import { noteDragId } from "./dragIds";

/*
 * dnd-kit re-renders every draggable whenever a drag starts, ends or changes target; with a
 * draggable per note, a 2,000-note board spent 100-250 ms in each of those frames. So a note is
 * a draggable only while a drag can begin from it: the pointer went down on it, or it has the
 * keyboard focus. That one "armed" note is the only draggable note on the board (its binding is
 * in dndBindings.tsx).
 */

/** Which note is armed, by id (null: none). */
export type ArmedNoteStore = ReturnType<typeof createArmedNoteStore>;
export const createArmedNoteStore = () =>
  createStore<{ id: string | null }>()(() => ({ id: null }));

/**
 * The armed note's draggable, handed to its button (rendered inside it, draws nothing): only
 * the armed note listens to the bindings, not every note on the board.
 */
export function ArmedNoteDrag({
  noteId,
  onChange,
}: {
  noteId: string;
  onChange(drag: DragBinding | null): void;
}) {
  const drag = useDragBinding(noteDragId(noteId));
  useLayoutEffect(() => onChange(drag ?? null), [drag, onChange]);
  useLayoutEffect(() => () => onChange(null), [onChange]);
  return null;
}
