/**
 * Stacks of near-duplicates: several participants wrote the same skill, the facilitator puts
 * their notes into one pile. Each stacked note keeps living as it was, with a `stackedInto`
 * pointer to the kept note, rather than being merged into it or deleted: every author stays
 * attached to the skill, a participant may still edit or delete their own note (the permission
 * rules need no exception), and unstacking is removing a pointer, so nothing typed is lost.
 * Readers still list stacked notes; the board hides them and shows their authors on the kept
 * note. Only the facilitator writes `stackedInto`: checkUpdate refuses it from participants,
 * as it refuses every note field it does not know.
 */
import type * as Y from "yjs";
import { TrocInputError } from "../errors";
import type { NoteRecord } from "../schema/note";
import { FACILITATOR_AUTHOR_ID, NOTE_KEYS } from "../schema/note";
import { notesMap } from "../schema/roots";
import { readNotes } from "./notes";
import { Changes, requireNote, stackedUnder } from "./records";

/**
 * Stacks `otherIds` under `keepId`, in one transaction: they join the kept note's family, and
 * notes already stacked under them come along, so a stack is never more than one level deep.
 * `keepId` among `otherIds` is ignored (a multi-selection dropped on one of its own notes).
 * Unknown ids throw TrocNotFoundError; a kept note that is itself stacked, TrocInputError.
 */
export function stackNotes(doc: Y.Doc, keepId: string, otherIds: readonly string[]): void {
  const keep = requireNote(doc, keepId);
  const others = [...new Set(otherIds)].filter((id) => id !== keepId);
  for (const id of others) requireNote(doc, id);
  const changes = new Changes();
  const keepInto = keep.get(NOTE_KEYS.stackedInto);
  if (typeof keepInto === "string") {
    if (notesMap(doc).has(keepInto)) {
      throw new TrocInputError("keepId", "a stacked note cannot hold a stack; unstack it first");
    }
    // Its kept note was deleted: it stands alone already, the pointer is only left over.
    changes.remove(keep, NOTE_KEYS.stackedInto);
  }
  if (others.length === 0) return;
  const rawFamily = keep.get(NOTE_KEYS.familyId);
  const familyId = typeof rawFamily === "string" ? rawFamily : null;
  const stacked = new Set([...others, ...stackedUnder(doc, others)]);
  stacked.delete(keepId);
  for (const id of stacked) {
    const note = requireNote(doc, id);
    changes.set(note, NOTE_KEYS.stackedInto, keepId);
    changes.set(note, NOTE_KEYS.familyId, familyId);
  }
  changes.commit(doc);
}

/**
 * Takes a stacked note out of its stack; on a kept note, takes every note out of its stack.
 * The notes stay in the family they are in. Unknown id: TrocNotFoundError; a note in no
 * stack: nothing changes.
 */
export function unstackNote(doc: Y.Doc, noteId: string): void {
  const note = requireNote(doc, noteId);
  const changes = new Changes();
  const into = note.get(NOTE_KEYS.stackedInto);
  // A pointer to a deleted note is left alone: the note already stands alone, and undoing
  // that deletion brings the stack back.
  if (typeof into === "string" && notesMap(doc).has(into)) {
    changes.remove(note, NOTE_KEYS.stackedInto);
  } else {
    for (const id of stackedUnder(doc, [noteId])) {
      changes.remove(requireNote(doc, id), NOTE_KEYS.stackedInto);
    }
  }
  changes.commit(doc);
}

/**
 * The stacks among `notes`: for each kept note with something stacked under it, the ids
 * stacked there, in the order of `notes`. A note whose kept note is gone stands alone again;
 * chains (two facilitators stacking at once) count under their last note; a cycle stands alone.
 */
export function stacksOf(notes: readonly NoteRecord[]): Map<string, string[]> {
  const byId = new Map(notes.map((note) => [note.id, note]));
  const keptOf = (note: NoteRecord): string => {
    const seen = new Set([note.id]);
    let current = note;
    for (;;) {
      const next = current.stackedInto === undefined ? undefined : byId.get(current.stackedInto);
      if (!next) return current.id;
      if (seen.has(next.id)) return note.id;
      seen.add(next.id);
      current = next;
    }
  };
  const stacks = new Map<string, string[]>();
  for (const note of notes) {
    if (note.stackedInto === undefined) continue;
    const kept = keptOf(note);
    if (kept === note.id) continue;
    const list = stacks.get(kept);
    if (list) list.push(note.id);
    else stacks.set(kept, [note.id]);
  }
  return stacks;
}

/** `stacksOf` the document's notes. */
export function readStacks(doc: Y.Doc): Map<string, string[]> {
  return stacksOf(readNotes(doc));
}

export type StackAuthor = Pick<NoteRecord, "authorId" | "authorName">;

/**
 * For each kept note with a stack, everyone who wrote the skill: the kept note's author first,
 * then the stacked notes' authors, each once (the facilitator's notes told apart by name).
 */
export function stackAuthors(notes: readonly NoteRecord[]): Map<string, StackAuthor[]> {
  const byId = new Map(notes.map((note) => [note.id, note]));
  const authors = new Map<string, StackAuthor[]>();
  for (const [keptId, stackedIds] of stacksOf(notes)) {
    const seen = new Set<string>();
    const list: StackAuthor[] = [];
    for (const id of [keptId, ...stackedIds]) {
      const note = byId.get(id);
      if (!note) continue;
      const key =
        note.authorId === FACILITATOR_AUTHOR_ID
          ? `${note.authorId}:${note.authorName}`
          : note.authorId;
      if (seen.has(key)) continue;
      seen.add(key);
      list.push({ authorId: note.authorId, authorName: note.authorName });
    }
    authors.set(keptId, list);
  }
  return authors;
}

/**
 * Whether a note is out of sight, stacked under a kept note that still exists: boards show
 * it as one more author of that note, suggestions and duplicates skip it.
 */
export const isStackedAway = (
  note: NoteRecord,
  notes: Readonly<Record<string, NoteRecord | undefined>>,
): boolean => note.stackedInto !== undefined && notes[note.stackedInto] !== undefined;

/**
 * The note a group of near-duplicates is stacked under: one already holding a stack, else one
 * already sorted (the stack lands in its family, where the facilitator put it), else the first.
 */
export function keptNoteOf(
  notes: Readonly<Record<string, NoteRecord | undefined>>,
  familyIds: ReadonlySet<string>,
  ids: readonly string[],
): string | undefined {
  const holding = new Set(
    Object.values(notes).flatMap((note) => (note?.stackedInto ? [note.stackedInto] : [])),
  );
  return (
    ids.find((id) => holding.has(id)) ??
    ids.find((id) => {
      const familyId = notes[id]?.familyId;
      return familyId != null && familyIds.has(familyId);
    }) ??
    ids[0]
  );
}
