import * as Y from "yjs";
import { familiesMap, metaMap, notesMap } from "../schema/roots";

/** What a transaction touched, so a projection can re-read only that. */
export interface BoardChange {
  /** Ids of notes added, changed (including their parts and interested) or removed. */
  notes: Set<string>;
  families: boolean;
  meta: boolean;
  /** True when the change came from this document's own client (not a remote peer). */
  local: boolean;
}

/** The key in `notes` of the note that holds `type`, however deep it sits. */
function noteIdOf(type: Y.AbstractType<unknown>, notes: object): string | null {
  let item = type._item;
  while (item !== null) {
    const parent: unknown = item.parent;
    if (parent === notes) return item.parentSub;
    if (!(parent instanceof Y.AbstractType)) return null;
    item = parent._item;
  }
  return null;
}

/**
 * Calls `listener` once per transaction that touches the board, with the ids of the notes
 * it changed. Returns the function that stops listening.
 */
export function observeBoard(doc: Y.Doc, listener: (change: BoardChange) => void): () => void {
  const notes = notesMap(doc);
  const families = familiesMap(doc);
  const meta = metaMap(doc);
  const onAfterTransaction = (tr: Y.Transaction): void => {
    const change: BoardChange = { notes: new Set(), families: false, meta: false, local: tr.local };
    for (const [type, events] of tr.changedParentTypes) {
      // changedParentTypes is typed loosely by Yjs; compare as plain objects.
      const root: unknown = type;
      if (root === families) change.families = true;
      else if (root === meta) change.meta = true;
      else if (root === notes) {
        for (const event of events) {
          if (event.target === notes && event instanceof Y.YMapEvent) {
            for (const key of event.keysChanged) change.notes.add(key);
          } else {
            const noteId = noteIdOf(event.target, notes);
            if (noteId !== null) change.notes.add(noteId);
          }
        }
      }
    }
    if (change.notes.size > 0 || change.families || change.meta) listener(change);
  };
  doc.on("afterTransaction", onAfterTransaction);
  return () => doc.off("afterTransaction", onAfterTransaction);
}
