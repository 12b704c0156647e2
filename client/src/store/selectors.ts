import type {
  FamilyRecord,
  NoteRecord,
  Phase,
  PhaseShows,
  SpotlightTarget,
  StackAuthor,
} from "@troc/shared";
import {
  compareByCreation,
  isStackedAway,
  phaseShows,
  spotlightTarget,
  stackAuthors,
} from "@troc/shared";
import type { BoardState } from "./boardStore";

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
 * no longer exists is unsorted, a note stacked under another is left out. Computed once per change of notes or families, shared by
 * every column that asks.
 */
export function selectNoteGroups(state: BoardState): NoteGroups {
  if (lastGroups?.notes === state.notes && lastGroups.families === state.families) {
    return lastGroups.groups;
  }
  const known = new Set(state.families.map((family) => family.id));
  const grouped = new Map<string | null, NoteRecord[]>([[null, []]]);
  for (const note of Object.values(state.notes).sort(compareByCreation)) {
    // A stacked near-duplicate shows as its kept note's extra author, not as a note.
    if (isStackedAway(note, state.notes)) continue;
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
 * A selector of the ids of the notes `keep` accepts, oldest first (shared's readNotes order)
 * or newest first, recomputed only when the notes change.
 */
function makeSelectNoteIds(
  keep: (note: NoteRecord) => boolean,
  order: "oldest" | "newest",
): (state: BoardState) => readonly string[] {
  let lastNotes: BoardState["notes"] | null = null;
  let last: readonly string[] = NO_IDS;
  return (state) => {
    if (state.notes !== lastNotes) {
      lastNotes = state.notes;
      const sorted = Object.values(state.notes).filter(keep).sort(compareByCreation);
      last = ids(order === "newest" ? sorted.reverse() : sorted);
    }
    return last;
  };
}

/** One author's note ids, newest first (shared's readNotesByAuthor order). */
export const makeSelectAuthorIds = (authorId: string) =>
  makeSelectNoteIds((note) => note.authorId === authorId, "newest");

/** Everyone else's note ids, oldest first. */
export const makeSelectOtherIds = (authorId: string) =>
  makeSelectNoteIds((note) => note.authorId !== authorId, "oldest");

/** Participants may write in every phase but `closed` (the server enforces it too). */
/** What the facilitator shows the room, as this device holds it (null: nothing, or not here). */
export const selectSpotlight = (state: BoardState): SpotlightTarget | null =>
  spotlightTarget(state.meta?.spotlight, state.families, state.notes);

/** The name of what is shown: the family's name, or the note's text. */
export function selectSpotlightLabel(state: BoardState): string | null {
  const target = selectSpotlight(state);
  if (target === null) return null;
  return target.kind === "family"
    ? (state.families.find((family) => family.id === target.familyId)?.name ?? null)
    : (state.notes[target.noteId]?.text ?? null);
}

/** Whether the board holds any note (without listing 2,000 keys on each change). */
export function selectHasNotes(state: BoardState): boolean {
  for (const _ in state.notes) return true;
  return false;
}

/**
 * Whether the document has arrived (from the server or the offline copy): every workshop has
 * its meta from its creation. Before, an empty board or pool says nothing true.
 */
export const selectLoaded = (state: BoardState): boolean => state.meta !== null;

/** What the current phase shows (the same object for a phase: a stable selection). */
export const selectShows = (state: BoardState): PhaseShows => phaseShows(state.meta?.phase ?? null);

export const selectWritingOpen = (state: BoardState): boolean => selectShows(state).writing;

/** The workshop's phase; null until the document has synced its meta. */
export const selectPhase = (state: BoardState): Phase | null => state.meta?.phase ?? null;

/** Whether the facilitator turned silent writing on (it matters only while writing). */
export const selectHideOthers = (state: BoardState): boolean =>
  state.meta?.hideOthersWhileWriting === true;

/** The name of the family a note is sorted into; null while it is unsorted (or unknown). */
export const makeSelectFamilyName =
  (noteId: string) =>
  (state: BoardState): string | null => {
    const familyId = state.notes[noteId]?.familyId ?? null;
    if (familyId === null) return null;
    return state.families.find((family) => family.id === familyId)?.name ?? null;
  };

let lastNames: { notes: BoardState["notes"]; names: ReadonlyMap<string, string> } | null = null;

/** Each author's display name, read from their notes (the newest note wins). */
export function selectAuthorNames(state: BoardState): ReadonlyMap<string, string> {
  if (lastNames?.notes === state.notes) return lastNames.names;
  const names = new Map<string, string>();
  for (const note of Object.values(state.notes).sort(compareByCreation)) {
    if (note.authorName !== "") names.set(note.authorId, note.authorName);
  }
  lastNames = { notes: state.notes, names };
  return names;
}

/**
 * A selector of the names of who marked a note "ça m'intéresse", in the note's order;
 * someone with no note of their own is `unknownName`.
 */
export const makeSelectInterestedNames =
  (noteId: string, unknownName: string) =>
  (state: BoardState): readonly string[] => {
    const interested = state.notes[noteId]?.interested ?? NO_IDS;
    if (interested.length === 0) return NO_IDS;
    const names = selectAuthorNames(state);
    return interested.map((participantId) => names.get(participantId) ?? unknownName);
  };

/** Has this participant marked the note "ça m'intéresse"? */
export const makeSelectIsInterested =
  (noteId: string, participantId: string) =>
  (state: BoardState): boolean =>
    state.notes[noteId]?.interested.includes(participantId) === true;

let lastStackAuthors: {
  notes: BoardState["notes"];
  authors: ReadonlyMap<string, readonly StackAuthor[]>;
} | null = null;

/** Kept note id → everyone who wrote it or a note stacked under it (shared's stackAuthors). */
function selectStackAuthors(state: BoardState): ReadonlyMap<string, readonly StackAuthor[]> {
  if (lastStackAuthors?.notes === state.notes) return lastStackAuthors.authors;
  const authors = stackAuthors(Object.values(state.notes));
  lastStackAuthors = { notes: state.notes, authors };
  return authors;
}

/**
 * Everyone who wrote a kept note and the notes stacked under it; undefined for a note with no
 * stack (most notes: the same value from one change of the board to the next).
 */
export const selectStackOf = (
  state: BoardState,
  noteId: string,
): readonly StackAuthor[] | undefined => selectStackAuthors(state).get(noteId);

/** The names of the writers of a note (its author alone, or `stack`'s). */
export const authorNames = (
  note: StackAuthor,
  stack: readonly StackAuthor[] | undefined,
): readonly string[] =>
  (stack ?? [note]).map((author) => author.authorName).filter((name) => name !== "");

/** The names of everyone who wrote a note: its author, then the authors stacked under it. */
export const makeSelectAuthorsOf =
  (noteId: string) =>
  (state: BoardState): readonly string[] => {
    const note = state.notes[noteId];
    return note ? authorNames(note, selectStackOf(state, noteId)) : NO_IDS;
  };

/** Whether the board and phones show who wrote each note (absent in the document: shown). */
export const selectShowAuthors = (state: BoardState): boolean => state.meta?.showAuthors !== false;

/** When the facilitator's countdown ends (ms since the epoch); null when none runs. */
export const selectTimerEndsAt = (state: BoardState): number | null =>
  state.meta?.timerEndsAt ?? null;

/** The countdown's length, which caps what a device with a lagging clock shows. */
export const selectTimerDurationMs = (state: BoardState): number | null =>
  state.meta?.timerDurationMs ?? null;
