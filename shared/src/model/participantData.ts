import * as Y from "yjs";
import type { NoteRecord } from "../schema/note";
import { NOTE_KEYS } from "../schema/note";
import { notesMap } from "../schema/roots";
import { readFamilies } from "./families";
import { readNotes } from "./notes";

/** What the board holds about one participant: their notes and their interest marks. */
export interface ParticipantBoardData {
  notes: (Pick<NoteRecord, "id" | "text" | "color" | "parts" | "createdAt"> & {
    category: NonNullable<NoteRecord["category"]> | null;
    kind: NonNullable<NoteRecord["kind"]> | null;
    /** The family it was sorted into, by name; null while unsorted. */
    family: string | null;
  })[];
  /** Notes they marked "ça m'intéresse". */
  interests: { noteId: string; text: string }[];
}

/** Reads everything of a participant's on the board, for their right of access. */
export function readParticipantData(doc: Y.Doc, participantId: string): ParticipantBoardData {
  const families = new Map(readFamilies(doc).map((family) => [family.id, family.name]));
  const notes = readNotes(doc);
  return {
    notes: notes
      .filter((note) => note.authorId === participantId)
      .map(({ id, text, color, kind, category, parts, createdAt, familyId }) => ({
        id,
        text,
        color,
        kind: kind ?? null,
        category: category ?? null,
        parts,
        createdAt,
        family: familyId === null ? null : (families.get(familyId) ?? null),
      })),
    interests: notes
      .filter((note) => note.interested.includes(participantId))
      .map((note) => ({ noteId: note.id, text: note.text })),
  };
}

/**
 * Erases a participant from the board in one transaction: their notes, and their interest
 * marks on everyone's notes. Returns how many of each went.
 */
export function eraseParticipant(
  doc: Y.Doc,
  participantId: string,
): { notes: number; interests: number } {
  const erased = { notes: 0, interests: 0 };
  doc.transact(() => {
    const notes = notesMap(doc);
    for (const [key, note] of [...notes.entries()]) {
      if (!(note instanceof Y.Map)) continue;
      if (note.get(NOTE_KEYS.authorId) === participantId) {
        notes.delete(key);
        erased.notes += 1;
        continue;
      }
      const marks = note.get(NOTE_KEYS.interested);
      if (marks instanceof Y.Map && marks.has(participantId)) {
        marks.delete(participantId);
        erased.interests += 1;
      }
    }
  });
  return erased;
}
