import type { Dragged, DropTarget } from "./dragIds";

/** What a drop means for the document; null when it changes nothing. */
export type DropPlan =
  | { kind: "move-notes"; noteIds: string[]; familyId: string | null }
  | { kind: "new-family"; noteIds: string[] }
  | { kind: "merge"; sourceId: string; targetId: string }
  | { kind: "place-family"; familyId: string; x: number; y: number };

interface DropContext {
  dragged: Dragged;
  target: DropTarget | null;
  /** The notes selected on this board: dragging one of them drags them all. */
  selected: ReadonlySet<string>;
  /** Where the dragged cluster was, in canvas units, and how far the pointer moved on screen. */
  clusterOrigin?: { x: number; y: number };
  delta: { x: number; y: number };
  scale: number;
}

/** The notes a drag carries: the whole selection when the grabbed note is part of it. */
export const carriedNotes = (noteId: string, selected: ReadonlySet<string>): string[] =>
  selected.has(noteId) ? [...selected] : [noteId];

/** Turns a finished drag into the change it asks for. */
export function planDrop({
  dragged,
  target,
  selected,
  clusterOrigin,
  delta,
  scale,
}: DropContext): DropPlan | null {
  if (dragged.kind === "note") {
    if (target === null) return null;
    const noteIds = carriedNotes(dragged.noteId, selected);
    if (target.kind === "new-family") return { kind: "new-family", noteIds };
    return {
      kind: "move-notes",
      noteIds,
      familyId: target.kind === "family" ? target.familyId : null,
    };
  }
  if (target?.kind === "family" && target.familyId !== dragged.familyId) {
    return { kind: "merge", sourceId: dragged.familyId, targetId: target.familyId };
  }
  if (!clusterOrigin || (delta.x === 0 && delta.y === 0)) return null;
  return {
    kind: "place-family",
    familyId: dragged.familyId,
    x: Math.round(clusterOrigin.x + delta.x / scale),
    y: Math.round(clusterOrigin.y + delta.y / scale),
  };
}
