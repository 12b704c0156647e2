import * as Y from "yjs";
import { notesMap } from "../schema/roots";

/**
 * What the server has stored, per Yjs client id: every item with a clock below the value
 * is durable. Built from the server's "stored" messages and from updates it relayed.
 */
export type StoredVector = Map<number, number>;

/** Raises `target` to cover `more` (both state vectors); returns true if anything grew. */
export function mergeStoredVector(
  target: StoredVector,
  more: ReadonlyMap<number, number>,
): boolean {
  let grew = false;
  for (const [client, clock] of more) {
    if ((target.get(client) ?? 0) < clock) {
      target.set(client, clock);
      grew = true;
    }
  }
  return grew;
}

const isStored = (item: Y.Item | null, stored: StoredVector): boolean =>
  item === null || item.id.clock < (stored.get(item.id.client) ?? 0);

/**
 * True when the server has stored the note and every current field of it. A note that is
 * not in the document counts as stored (nothing is waiting to go).
 */
export function isNoteStored(doc: Y.Doc, noteId: string, stored: StoredVector): boolean {
  const note = notesMap(doc).get(noteId);
  if (!(note instanceof Y.Map)) return true;
  if (!isStored(note._item, stored)) return false;
  for (const item of note._map.values()) {
    if (!item.deleted && !isStored(item, stored)) return false;
  }
  return true;
}
