import type { Category, Kind, NoteColor, NotePatch } from "@troc/shared";
import {
  addNote,
  deleteNote,
  editNote,
  LIMITS,
  TrocInputError,
  TrocNotFoundError,
} from "@troc/shared";
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
  draft: { text: string; color: NoteColor; category?: Category; kind?: Kind | null },
): WriteResult {
  try {
    const noteId = addNote(doc, {
      text: draft.text,
      color: draft.color,
      authorId: author.participantId,
      authorName: author.name,
      category: draft.category,
      kind: draft.kind,
    });
    return { ok: true, noteId };
  } catch (error) {
    if (error instanceof TrocInputError) return { ok: false, message: describeError(error) };
    throw error;
  }
}

export type EditResult = { ok: true } | { ok: false; message: string };

/**
 * Changes the text, category or kind of one of the participant's notes with shared's command; a broken rule
 * comes back as a message. A note deleted meanwhile (by the facilitator) needs nothing more.
 */
export function rewriteNote(doc: Y.Doc, noteId: string, patch: NotePatch): EditResult {
  try {
    editNote(doc, noteId, patch);
    return { ok: true };
  } catch (error) {
    if (error instanceof TrocInputError) return { ok: false, message: describeError(error) };
    if (error instanceof TrocNotFoundError) return { ok: true };
    throw error;
  }
}

/** Deletes one of the participant's notes; one already gone is not an error. */
export function removeNote(doc: Y.Doc, noteId: string): void {
  try {
    deleteNote(doc, noteId);
  } catch (error) {
    if (!(error instanceof TrocNotFoundError)) throw error;
  }
}
