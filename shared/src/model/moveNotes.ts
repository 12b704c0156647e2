import type * as Y from "yjs";
import { NOTE_KEYS } from "../schema/note";
import type { RecordMap } from "../schema/roots";
import { notesMap } from "../schema/roots";
import { Changes, requireFamily, requireNote, stackedUnder } from "./records";

/**
 * Adds to `changes` what moving `noteIds` into `familyId` (null: the pool) writes. Every id is
 * checked first, so an unknown note or family throws TrocNotFoundError before anything changes.
 * A kept note brings the notes stacked under it; a stacked note moved without its kept note
 * leaves the stack, since a stack split across two families would no longer be one skill.
 */
export function planMove(
  doc: Y.Doc,
  noteIds: readonly string[],
  familyId: string | null,
  changes: Changes,
): void {
  const moved = new Map<string, RecordMap>();
  for (const id of noteIds) moved.set(id, requireNote(doc, id));
  if (familyId !== null) requireFamily(doc, familyId);
  const notes = notesMap(doc);
  for (const id of stackedUnder(doc, moved.keys())) {
    const note = notes.get(id);
    if (note) moved.set(id, note);
  }
  for (const note of moved.values()) {
    changes.set(note, NOTE_KEYS.familyId, familyId);
    const into = note.get(NOTE_KEYS.stackedInto);
    if (typeof into === "string" && !moved.has(into)) changes.remove(note, NOTE_KEYS.stackedInto);
  }
}

/**
 * Puts several notes into a family, or back into the pool with `null` (a multi-select drag),
 * as one transaction: one undo step. Notes already there are left alone; when all are, nothing
 * is written. Unknown ids throw TrocNotFoundError before anything changes.
 */
export function moveNotes(doc: Y.Doc, noteIds: readonly string[], familyId: string | null): void {
  const changes = new Changes();
  planMove(doc, noteIds, familyId, changes);
  changes.commit(doc);
}
