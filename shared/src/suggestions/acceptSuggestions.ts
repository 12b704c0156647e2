import type * as Y from "yjs";
import { readFamilies } from "../model/families";
import { moveNotes } from "../model/moveNotes";
import { readNote } from "../model/notes";

/**
 * Sorts notes as suggested, all in one transaction, so one undo puts every one of them back.
 * The document decides, not the (possibly older) suggestions: a note someone sorted or
 * deleted meanwhile is left alone, and so is a family deleted meanwhile. Returns how many
 * notes moved.
 */
export function acceptSuggestions(
  doc: Y.Doc,
  suggestions: Iterable<{ noteId: string; familyId: string }>,
): number {
  const families = new Set(readFamilies(doc).map((family) => family.id));
  const byFamily = new Map<string, string[]>();
  for (const { noteId, familyId } of suggestions) {
    const note = readNote(doc, noteId);
    const unsorted = note !== null && (note.familyId === null || !families.has(note.familyId));
    if (!unsorted || !families.has(familyId)) continue;
    const ids = byFamily.get(familyId);
    if (ids) ids.push(noteId);
    else byFamily.set(familyId, [noteId]);
  }
  if (byFamily.size === 0) return 0;
  let moved = 0;
  // Nested in this transaction, each family's move is part of one change (one undo step).
  doc.transact(() => {
    for (const [familyId, noteIds] of byFamily) {
      moveNotes(doc, noteIds, familyId);
      moved += noteIds.length;
    }
  });
  return moved;
}
