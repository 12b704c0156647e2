import type { DraggableAttributes, DraggableSyntheticListeners } from "@dnd-kit/core";
import { useDraggable, useDroppable } from "@dnd-kit/core";
import type { FamilyRecord } from "@troc/shared";
import { Fragment, useLayoutEffect } from "react";
import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";
import { useCanvas } from "./CanvasContext";
import {
  clusterDragId,
  familyDropId,
  NEW_FAMILY_DROP_ID,
  noteDragId,
  POOL_DROP_ID,
} from "./dragIds";

/*
 * dnd-kit's contexts change at every step of a drag, and React then walks everything rendered
 * inside DndContext to find their readers: on a 2,000-note board that walk was half of the
 * drag's script (docs/benchmarks.md). So the board is rendered beside DndContext, not inside
 * it. Inside are only these bindings, which draw nothing: they call dnd-kit's hooks for each
 * drop target and draggable and hand what they get to the board through a small store.
 */

/** A drop target's side of dnd-kit, for the element that shows it. */
export interface DropBinding {
  setNodeRef(node: HTMLElement | null): void;
  isOver: boolean;
}

/** A draggable's side of dnd-kit, for the element a drag starts from. */
export interface DragBinding {
  setNodeRef(node: HTMLElement | null): void;
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  isDragging: boolean;
}

interface Bindings {
  drops: ReadonlyMap<string, DropBinding>;
  drags: ReadonlyMap<string, DragBinding>;
}

export type DndBindingsStore = ReturnType<typeof createDndBindings>;
export const createDndBindings = () =>
  createStore<Bindings>()(() => ({ drops: new Map(), drags: new Map() }));

/** `bindings` with this id's binding set, or taken out (null). */
function withBinding<B>(bindings: ReadonlyMap<string, B>, id: string, binding: B | null) {
  const next = new Map(bindings);
  if (binding) next.set(id, binding);
  else next.delete(id);
  return next;
}

/** The drop target with this dnd-kit id, once its binding is in (undefined before). */
export function useDropBinding(id: string): DropBinding | undefined {
  const { dnd } = useCanvas();
  return useStore(dnd, (state) => state.drops.get(id));
}

/** The draggable with this dnd-kit id, once its binding is in (undefined before). */
export function useDragBinding(id: string): DragBinding | undefined {
  const { dnd } = useCanvas();
  return useStore(dnd, (state) => state.drags.get(id));
}

function DropTargetBinding({ id, store }: { id: string; store: DndBindingsStore }) {
  const { setNodeRef, isOver } = useDroppable({ id });
  useLayoutEffect(() => {
    store.setState((state) => ({ drops: withBinding(state.drops, id, { setNodeRef, isOver }) }));
  }, [store, id, setNodeRef, isOver]);
  useLayoutEffect(
    () => () => store.setState((state) => ({ drops: withBinding(state.drops, id, null) })),
    [store, id],
  );
  return null;
}

function DraggableBinding({ id, store }: { id: string; store: DndBindingsStore }) {
  const { setNodeRef, attributes, listeners, isDragging } = useDraggable({ id });
  useLayoutEffect(() => {
    const binding = { setNodeRef, attributes, listeners, isDragging };
    store.setState((state) => ({ drags: withBinding(state.drags, id, binding) }));
  }, [store, id, setNodeRef, attributes, listeners, isDragging]);
  useLayoutEffect(
    () => () => store.setState((state) => ({ drags: withBinding(state.drags, id, null) })),
    [store, id],
  );
  return null;
}

/**
 * Every drop target and draggable of the board, rendered inside DndContext: the pool, each
 * family (a drop target and a draggable card), the armed note (see noteDrag.tsx) and, while a
 * note is dragged, the new-family corner.
 */
export function BoardDndBindings({
  families,
  newFamilyZone,
}: {
  families: readonly FamilyRecord[];
  newFamilyZone: boolean;
}) {
  const { dnd, armedNote } = useCanvas();
  const armed = useStore(armedNote, (state) => state.id);
  return (
    <>
      <DropTargetBinding id={POOL_DROP_ID} store={dnd} />
      {families.map((family) => (
        <Fragment key={family.id}>
          <DropTargetBinding id={familyDropId(family.id)} store={dnd} />
          <DraggableBinding id={clusterDragId(family.id)} store={dnd} />
        </Fragment>
      ))}
      {armed === null ? null : <DraggableBinding key={armed} id={noteDragId(armed)} store={dnd} />}
      {newFamilyZone ? <DropTargetBinding id={NEW_FAMILY_DROP_ID} store={dnd} /> : null}
    </>
  );
}
