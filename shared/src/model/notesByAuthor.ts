import * as Y from "yjs";
import { NOTE_KEYS } from "../schema/note";
import { notesMap } from "../schema/roots";

/** How many notes each author has on the board, kept up to date as the board changes. */
export interface NotesByAuthor {
  count(authorId: string): number;
  stop(): void;
}

/**
 * Counts notes per author once, then follows the `notes` map's own changes: a check of the
 * per-participant cap costs a lookup, not a walk over every note. (An author is written
 * with the note, and only a note added or removed changes a count.)
 */
export function indexNotesByAuthor(doc: Y.Doc): NotesByAuthor {
  const notes = notesMap(doc);
  const authorOf = new Map<string, string>();
  const counts = new Map<string, number>();
  const add = (key: string, note: unknown): void => {
    const author = note instanceof Y.Map ? note.get(NOTE_KEYS.authorId) : undefined;
    if (typeof author !== "string") return;
    authorOf.set(key, author);
    counts.set(author, (counts.get(author) ?? 0) + 1);
  };
  const remove = (key: string): void => {
    const author = authorOf.get(key);
    if (author === undefined) return;
    authorOf.delete(key);
    counts.set(author, (counts.get(author) ?? 1) - 1);
  };
  for (const [key, note] of notes.entries()) add(key, note);
  const observer = (event: Y.YMapEvent<Y.Map<unknown>>): void => {
    for (const key of event.keysChanged) {
      remove(key);
      add(key, notes.get(key));
    }
  };
  notes.observe(observer);
  return {
    count: (authorId) => counts.get(authorId) ?? 0,
    stop: () => notes.unobserve(observer),
  };
}
