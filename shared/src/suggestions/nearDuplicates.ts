import { compareByCreation } from "../model/notes";
import type { NoteRecord } from "../schema/note";
import { keyTerms } from "../text/similarity";

export interface NearDuplicateOptions {
  /**
   * Lowest similarity of key terms, 0 to 1, for two notes to say the same thing. The
   * default, 0.7, lets one extra word through ("budget" / "monter un budget" scores 0.71)
   * but not one different word out of three ("organiser un festival de musique" /
   * "… de théâtre" scores 0.67).
   */
  minSimilarity?: number;
}

export const DEFAULT_DUPLICATE_MIN_SIMILARITY = 0.7;

/**
 * Groups of notes that say the same thing ("cuisine" / "cuisiner", "prise de parole" /
 * "prendre la parole"), as note ids: each group has two notes or more, oldest first, and
 * groups come in the order of their oldest note. Notes with no key terms are never grouped.
 * Close pairs chain: if A is close to B and B to C, all three form one group, as the
 * facilitator would stack them. A need ("je cherche") is only ever grouped with needs: stacked
 * with a skill someone offers, it would hide the very match the exchange phase is for.
 */
export function findNearDuplicates(
  notes: readonly NoteRecord[],
  options: NearDuplicateOptions = {},
): string[][] {
  const minSimilarity = options.minSimilarity ?? DEFAULT_DUPLICATE_MIN_SIMILARITY;
  const ordered = [...notes].sort(compareByCreation);
  const parent = ordered.map((_, i) => i);
  const root = (i: number): number => {
    let at = i;
    while (parent[at] !== at) {
      const up = parent[parent[at] ?? at] ?? at;
      parent[at] = up;
      at = up;
    }
    return at;
  };

  // Each note meets only the older notes sharing one of its terms, through an index from
  // term to notes, so a board of unrelated notes costs far less than every pair.
  const index = new Map<string, number[]>();
  const sizes = new Uint16Array(ordered.length);
  const shared = new Uint16Array(ordered.length);
  const touched: number[] = [];
  ordered.forEach((note, i) => {
    const terms = keyTerms(note.text);
    const side = note.kind === "need" ? "need:" : "";
    sizes[i] = terms.size;
    touched.length = 0;
    for (const term of terms) {
      const key = side + term;
      const list = index.get(key);
      for (const j of list ?? []) {
        if (shared[j] === 0) touched.push(j);
        shared[j] = (shared[j] ?? 0) + 1;
      }
      if (list) list.push(i);
      else index.set(key, [i]);
    }
    for (const j of touched) {
      const similarity = (shared[j] ?? 0) / Math.sqrt(terms.size * (sizes[j] ?? 1));
      shared[j] = 0;
      if (similarity >= minSimilarity) parent[root(i)] = root(j);
    }
  });

  const groups = new Map<number, string[]>();
  ordered.forEach((note, i) => {
    const group = groups.get(root(i));
    if (group) group.push(note.id);
    else groups.set(root(i), [note.id]);
  });
  return [...groups.values()].filter((group) => group.length > 1);
}
