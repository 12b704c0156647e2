/**
 * dnd-kit ids on the board: what is dragged (a note, a family's cluster) and where it can be
 * dropped (the pool, a family, the "new family" zone), as prefixed strings.
 */
export const noteDragId = (noteId: string) => `note:${noteId}`;
export const clusterDragId = (familyId: string) => `cluster:${familyId}`;
export const familyDropId = (familyId: string) => `family:${familyId}`;
export const POOL_DROP_ID = "pool";
export const NEW_FAMILY_DROP_ID = "new-family";

export type Dragged = { kind: "note"; noteId: string } | { kind: "cluster"; familyId: string };
export type DropTarget =
  | { kind: "pool" }
  | { kind: "new-family" }
  | { kind: "family"; familyId: string };

export function parseDragged(id: string | number): Dragged | null {
  const text = String(id);
  if (text.startsWith("note:")) return { kind: "note", noteId: text.slice(5) };
  if (text.startsWith("cluster:")) return { kind: "cluster", familyId: text.slice(8) };
  return null;
}

export function parseTarget(id: string | number | null | undefined): DropTarget | null {
  if (id === null || id === undefined) return null;
  const text = String(id);
  if (text === POOL_DROP_ID) return { kind: "pool" };
  if (text === NEW_FAMILY_DROP_ID) return { kind: "new-family" };
  if (text.startsWith("family:")) return { kind: "family", familyId: text.slice(7) };
  return null;
}
