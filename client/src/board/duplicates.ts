import {
  findNearDuplicates,
  isStackedAway,
  keptNoteOf,
  stackNotes,
  TrocInputError,
  TrocNotFoundError,
} from "@troc/shared";
import type * as Y from "yjs";
import type { BoardState } from "../store/boardStore";

let last: { notes: BoardState["notes"]; groups: readonly (readonly string[])[] } | null = null;

/**
 * Groups of notes that say the same thing, oldest first, computed once per change of the
 * notes. Notes already stacked under another are left out, so a stack is not flagged again;
 * its kept note still is, when a new note says the same thing, to join the stack.
 */
export function selectDuplicateGroups(state: BoardState): readonly (readonly string[])[] {
  if (last?.notes === state.notes) return last.groups;
  const shown = Object.values(state.notes).filter((note) => !isStackedAway(note, state.notes));
  const groups = findNearDuplicates(shown);
  last = { notes: state.notes, groups };
  return groups;
}

/** A group's key: its ids, which a group is known by in lists and in what was dismissed. */
export const groupKey = (ids: readonly string[]): string => ids.join(" ");

let lastKeys: { groups: readonly (readonly string[])[]; keys: readonly string[] } | null = null;

/** The keys of the duplicate groups, for a list that re-renders only when the groups change. */
export function selectDuplicateKeys(state: BoardState): readonly string[] {
  const groups = selectDuplicateGroups(state);
  if (lastKeys?.groups !== groups) lastKeys = { groups, keys: groups.map(groupKey) };
  return lastKeys.keys;
}

/**
 * Stacks a group into one skill with several authors, in one transaction (one undo step).
 * Returns false when the board changed under it (a note deleted or stacked elsewhere a moment
 * ago): the panel then shows the groups as they are now.
 */
export function stackGroup(doc: Y.Doc, state: BoardState, ids: readonly string[]): boolean {
  const keep = keptNoteOf(state.notes, new Set(state.families.map((f) => f.id)), ids);
  if (keep === undefined) return false;
  try {
    stackNotes(
      doc,
      keep,
      ids.filter((id) => id !== keep),
    );
    return true;
  } catch (error) {
    if (error instanceof TrocNotFoundError || error instanceof TrocInputError) return false;
    throw error;
  }
}
