import type { FamilyRecord, NoteRecord } from "@troc/shared";
import { moveNotes, readFamilies, readNote, suggestFamilies } from "@troc/shared";
import { useMemo } from "react";
import type * as Y from "yjs";
import { useBoard } from "../store/BoardStoreContext";
import type { BoardState } from "../store/boardStore";

/** The family an unsorted note probably belongs to, as the board shows it. */
export interface NoteSuggestion {
  noteId: string;
  familyId: string;
  familyName: string;
}

/** Unsorted note id → its suggestion, in the pool's order (oldest first). */
export type SuggestionMap = ReadonlyMap<string, NoteSuggestion>;

const byCreation = (a: NoteRecord, b: NoteRecord): number =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

let last: {
  notes: BoardState["notes"];
  families: readonly FamilyRecord[];
  suggestions: SuggestionMap;
} | null = null;

/**
 * Every suggestion on the board, computed once per change of the notes or the families (the
 * store keeps both objects while they are unchanged) and shared by the panel and every note's
 * hint. Notes stacked under another are not offered: they travel with their kept note.
 */
export function selectSuggestions(state: BoardState): SuggestionMap {
  if (last?.notes === state.notes && last.families === state.families) return last.suggestions;
  const notes = Object.values(state.notes).sort(byCreation);
  const names = new Map(state.families.map((family) => [family.id, family.name]));
  const suggestions = new Map<string, NoteSuggestion>();
  for (const { noteId, familyId } of suggestFamilies(notes, state.families)) {
    const into = state.notes[noteId]?.stackedInto;
    if (into !== undefined && state.notes[into]) continue;
    suggestions.set(noteId, { noteId, familyId, familyName: names.get(familyId) ?? "" });
  }
  last = { notes: state.notes, families: state.families, suggestions };
  return suggestions;
}

let lastIds: { suggestions: SuggestionMap; ids: readonly string[] } | null = null;

/** The ids of the notes with a suggestion, in the pool's order. */
export function selectSuggestedIds(state: BoardState): readonly string[] {
  const suggestions = selectSuggestions(state);
  if (lastIds?.suggestions !== suggestions) lastIds = { suggestions, ids: [...suggestions.keys()] };
  return lastIds.ids;
}

/**
 * The suggestion for one note, or null: for an inline hint on a note of the pool. Reads the
 * board's one shared map, and re-renders the note only when its own suggestion changes.
 */
export function useSuggestion(noteId: string): { familyId: string; familyName: string } | null {
  const familyId = useBoard((state) => selectSuggestions(state).get(noteId)?.familyId ?? null);
  const familyName = useBoard((state) => selectSuggestions(state).get(noteId)?.familyName ?? "");
  return useMemo(
    () => (familyId === null ? null : { familyId, familyName }),
    [familyId, familyName],
  );
}

/**
 * Sorts notes as suggested, all in one transaction, so one undo puts every one of them back.
 * The document decides, not the (possibly older) suggestions: a note someone sorted or
 * deleted meanwhile is left alone, and so is a family deleted meanwhile. Returns how many
 * notes moved.
 */
export function acceptSuggestions(
  doc: Y.Doc,
  suggestions: Iterable<Pick<NoteSuggestion, "noteId" | "familyId">>,
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
