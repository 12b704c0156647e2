import type { FamilyRecord } from "@troc/shared";
import { compareByCreation, isStackedAway, suggestFamilies } from "@troc/shared";
import { useMemo } from "react";
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
  const notes = Object.values(state.notes).sort(compareByCreation);
  const names = new Map(state.families.map((family) => [family.id, family.name]));
  const suggestions = new Map<string, NoteSuggestion>();
  for (const { noteId, familyId } of suggestFamilies(notes, state.families)) {
    const note = state.notes[noteId];
    if (note && isStackedAway(note, state.notes)) continue;
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
