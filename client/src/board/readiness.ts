import type { NoteRecord } from "@troc/shared";
import { FACILITATOR_AUTHOR_ID } from "@troc/shared";

/** One person on the readiness panel: how many notes, never which. */
export interface ReadinessRow {
  /** Stable React key: the author's id, or a connected name that has no note yet. */
  key: string;
  name: string;
  notes: number;
  /** A phone with this name is connected now. */
  connected: boolean;
}

export interface Readiness {
  rows: readonly ReadinessRow[];
  /** Notes written by participants (the facilitator's own are not counted). */
  notes: number;
  /** People listed: authors, plus connected phones without a note. */
  people: number;
  /** Of them, how many have not written anything yet. */
  waiting: number;
}

const collators = new Map<string, Intl.Collator>();
function collator(locale: string): Intl.Collator {
  let found = collators.get(locale);
  if (!found) {
    found = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
    collators.set(locale, found);
  }
  return found;
}

/**
 * Who has written how many notes, from the notes' authors and the names of connected phones.
 * Awareness carries names, not participant ids, so a connected name counts as having written
 * when an author has that name; when more phones than authors share a name, the extra ones
 * are listed with 0. Rows are in alphabetical order: a projected list that does not jump
 * around as counts change, where everyone finds their own name.
 */
export function computeReadiness(
  notes: Iterable<NoteRecord>,
  connectedNames: readonly string[],
  locale: string,
): Readiness {
  const authors = new Map<string, { name: string; notes: number; createdAt: number }>();
  let total = 0;
  for (const note of notes) {
    if (note.authorId === FACILITATOR_AUTHOR_ID) continue;
    total += 1;
    const author = authors.get(note.authorId);
    if (!author) {
      authors.set(note.authorId, { name: note.authorName, notes: 1, createdAt: note.createdAt });
      continue;
    }
    author.notes += 1;
    // The newest note's name, as the rest of the board does.
    if (note.createdAt >= author.createdAt) {
      author.name = note.authorName;
      author.createdAt = note.createdAt;
    }
  }
  const connected = new Map<string, number>();
  for (const name of connectedNames) connected.set(name, (connected.get(name) ?? 0) + 1);

  const rows: ReadinessRow[] = [];
  const authorsByName = new Map<string, number>();
  for (const [authorId, author] of authors) {
    authorsByName.set(author.name, (authorsByName.get(author.name) ?? 0) + 1);
    rows.push({
      key: `author:${authorId}`,
      name: author.name,
      notes: author.notes,
      connected: connected.has(author.name),
    });
  }
  for (const [name, phones] of connected) {
    const extra = phones - (authorsByName.get(name) ?? 0);
    for (let i = 0; i < extra; i++) {
      rows.push({ key: `connected:${name}:${i}`, name, notes: 0, connected: true });
    }
  }
  const compare = collator(locale).compare;
  rows.sort((a, b) => compare(a.name, b.name) || b.notes - a.notes || (a.key < b.key ? -1 : 1));
  return {
    rows,
    notes: total,
    people: rows.length,
    waiting: rows.filter((row) => row.notes === 0).length,
  };
}
