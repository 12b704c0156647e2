import type { DraggableAttributes, DraggableSyntheticListeners } from "@dnd-kit/core";
import { useDraggable } from "@dnd-kit/core";
import { useLayoutEffect } from "react";
import { createStore } from "zustand/vanilla";
import { noteDragId } from "./dragIds";

/*
 * dnd-kit re-renders every draggable whenever a drag starts, ends or changes target; with a
 * draggable per note, a 2,000-note board spent 100-250 ms in each of those frames. So a note is
 * a draggable only while a drag can begin from it: the pointer went down on it, or it has the
 * keyboard focus. That one "armed" note is the only draggable note on the board.
 */

/** Which note is armed, by id (null: none). */
export type ArmedNoteStore = ReturnType<typeof createArmedNoteStore>;
export const createArmedNoteStore = () =>
  createStore<{ id: string | null }>()(() => ({ id: null }));

/** What the armed note's button needs from dnd-kit. */
export interface NoteDrag {
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  setNodeRef(node: HTMLElement | null): void;
  isDragging: boolean;
}

/** The armed note's draggable, handed to its button (rendered inside it, draws nothing). */
export function NoteDragBinding({
  noteId,
  onChange,
}: {
  noteId: string;
  onChange(drag: NoteDrag | null): void;
}) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: noteDragId(noteId),
  });
  useLayoutEffect(() => {
    onChange({ attributes, listeners, setNodeRef, isDragging });
  }, [attributes, listeners, setNodeRef, isDragging, onChange]);
  useLayoutEffect(() => () => onChange(null), [onChange]);
  return null;
}
