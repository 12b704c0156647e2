import * as Y from "yjs";
import { TrocNotFoundError } from "../errors";
import { NOTE_KEYS } from "../schema/note";
import { notesMap } from "../schema/roots";

/**
 * Marks (`true`) or unmarks a note "ça m'intéresse" for one participant: sets their entry in
 * the note's `interested` map to `true`, or deletes it. Leaves the document untouched when the
 * entry is already as asked. A participant may only change their own entry (checked by the
 * server). Throws TrocNotFoundError for an unknown note, or a note without its `interested`
 * map (never created later: two clients would race).
 */
export function setInterest(
  doc: Y.Doc,
  noteId: string,
  participantId: string,
  interested: boolean,
): void {
  const note = notesMap(doc).get(noteId);
  if (!(note instanceof Y.Map)) throw new TrocNotFoundError("note", noteId);
  const marks = note.get(NOTE_KEYS.interested);
  if (!(marks instanceof Y.Map)) throw new TrocNotFoundError("note", noteId);
  if (interested) {
    if (marks.get(participantId) !== true) marks.set(participantId, true);
  } else if (marks.has(participantId)) {
    marks.delete(participantId);
  }
}
