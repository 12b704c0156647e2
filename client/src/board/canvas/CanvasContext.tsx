import type { ReactNode } from "react";
import { createContext, useContext } from "react";
import { useStore } from "zustand";
import type { StoreApi } from "zustand/vanilla";
import type { DndBindingsStore } from "./dndBindings";
import type { NoteFilterStore } from "./NoteFilter";
import type { ArmedNoteStore } from "./noteDrag";
import type { SelectionState, SelectionStore } from "./selection";

interface CanvasServices {
  selection: SelectionStore;
  /** Which notes are shown plainly, the others dimmed (offers, needs, all). */
  noteFilter: NoteFilterStore;
  /** The one note a drag can start from (see noteDrag.tsx). */
  armedNote: ArmedNoteStore;
  /** dnd-kit's drop targets and draggables, for the board drawn outside DndContext. */
  dnd: DndBindingsStore;
  /** Opens a note to deepen it (its parts). */
  openNote(noteId: string): void;
  /**
   * Moves the keyboard to the family picker of the selection, with `typed`: letters typed on
   * a note before the picker had the focus, which would otherwise be lost.
   */
  focusPicker(typed?: string): void;
  /** Takes the letters `focusPicker` kept for the picker (once). */
  takeTyped(): string;
  /** Asks the canvas to bring a family into view (one this board just made). */
  revealFamily(familyId: string): void;
  /** The family waiting to be brought into view, for the canvas. */
  revealing: StoreApi<{ familyId: string | null }>;
}

const CanvasContext = createContext<CanvasServices | null>(null);

export function CanvasProvider({
  value,
  children,
}: {
  value: CanvasServices;
  children: ReactNode;
}) {
  return <CanvasContext value={value}>{children}</CanvasContext>;
}

export function useCanvas(): CanvasServices {
  const services = useContext(CanvasContext);
  if (services === null) throw new Error("useCanvas needs a <CanvasProvider> above it");
  return services;
}

/** A slice of this board's selection; the component re-renders only when the slice changes. */
export function useSelection<T>(pick: (state: SelectionState) => T): T {
  return useStore(useCanvas().selection, pick);
}
