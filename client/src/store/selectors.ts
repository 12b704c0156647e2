import type { FamilyRecord, NoteRecord } from "@troc/shared";
import type { BoardState } from "./boardStore";

/** Oldest first, ties by id: the order of shared's readNotes. */
const byCreation = (a: NoteRecord, b: NoteRecord): number =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const ids = (notes: NoteRecord[]): string[] => notes.map((note) => note.id);

/** Note ids per family id (key null: the pool), the grouping of shared's readNotesByFamily. */
export type NoteGroups = ReadonlyMap<string | null, readonly string[]>;

let lastGroups: {
  notes: BoardState["notes"];
  families: readonly FamilyRecord[];
  groups: NoteGroups;
} | null = null;

/**
 * Groups the notes by family, oldest first in each group; a note pointing at a family that
 * no longer exists is unsorted. Computed once per change of notes or families, shared by
 * every column that asks.
 */
export function selectNoteGroups(state: BoardState): NoteGroups {
  if (lastGroups?.notes === state.notes && lastGroups.families === state.families) {
    return lastGroups.groups;
  }
  const known = new Set(state.families.map((family) => family.id));
  const grouped = new Map<string | null, NoteRecord[]>([[null, []]]);
  for (const note of Object.values(state.notes).sort(byCreation)) {
    const key = note.familyId !== null && known.has(note.familyId) ? note.familyId : null;
    const group = grouped.get(key);
    if (group) group.push(note);
    else grouped.set(key, [note]);
  }
  const groups = new Map([...grouped].map(([key, notes]) => [key, ids(notes)] as const));
  lastGroups = { notes: state.notes, families: state.families, groups };
  return groups;
}

const NO_IDS: readonly string[] = [];

/** The ids in one family (or the pool, with null), oldest first. */
export const selectGroupIds =
  (familyId: string | null) =>
  (state: BoardState): readonly string[] =>
    selectNoteGroups(state).get(familyId) ?? NO_IDS;

/**
 * A selector of one author's note ids, newest first (shared's readNotesByAuthor order),
 * recomputed only when the notes change.
 */
export function makeSelectAuthorIds(authorId: string): (state: BoardState) => readonly string[] {
  let lastNotes: BoardState["notes"] | null = null;
  let last: readonly string[] = NO_IDS;
  return (state) => {
    if (state.notes !== lastNotes) {
      lastNotes = state.notes;
      last = ids(
        Object.values(state.notes)
          .filter((note) => note.authorId === authorId)
          .sort(byCreation)
          .reverse(),
      );
    }
    return last;
  };
}

/** Participants may write in every phase but `closed` (the server enforces it too). */
export const selectWritingOpen = (state: BoardState): boolean => state.meta?.phase !== "closed";
