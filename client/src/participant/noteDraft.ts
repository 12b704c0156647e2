import type { NoteColor } from "@troc/shared";
import { addNote, LIMITS, TrocInputError } from "@troc/shared";
import type * as Y from "yjs";
import { describeError } from "../describeError";
import type { ParticipantIdentity } from "../session/storage";

/** Characters as the note rule counts them: trimmed, an emoji counts once. */
export const countNoteCharacters = (text: string): number => [...text.trim()].length;

export const isTooLong = (text: string): boolean => countNoteCharacters(text) > LIMITS.noteText.max;

export type WriteResult = { ok: true; noteId: string } | { ok: false; message: string };

/** Adds the participant's note with shared's command; a broken rule comes back as a message. */
export function writeNote(
  doc: Y.Doc,
  author: ParticipantIdentity,
  draft: { text: string; color: NoteColor },
): WriteResult {
  try {
    const noteId = addNote(doc, {
      text: draft.text,
      color: draft.color,
      authorId: author.participantId,
      authorName: author.name,
    });
    return { ok: true, noteId };
  } catch (error) {
    if (error instanceof TrocInputError) return { ok: false, message: describeError(error) };
    throw error;
  }
}
