import type { FamilyRecord } from "../schema/family";
import type { NoteRecord } from "../schema/note";
import { keyTerms } from "../text/similarity";

/** A family an unsorted note probably belongs to. */
export interface FamilySuggestion {
  noteId: string;
  familyId: string;
  /** 0 to 1; at least the `minScore` asked for. */
  score: number;
}

export interface SuggestFamiliesOptions {
  /**
   * Lowest score worth showing, 0 to 1. The default, 0.45, takes one shared key term when
   * both texts are short ("budget prévisionnel" / "monter un budget": 0.5), or two pieces of
   * evidence that agree; one term out of three ("trouver une salle" / "trouver des
   * subventions": 0.41) is most often a shared generic verb ("chercher", "gérer").
   */
  minScore?: number;
}

export const DEFAULT_SUGGESTION_MIN_SCORE = 0.45;

const byBoardOrder = (a: FamilyRecord, b: FamilyRecord): number =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * For each unsorted note (in the pool, or pointing at a family that no longer exists), the
 * family whose name and notes (with their parts) share the most key terms with it, when the
 * score reaches `minScore`. Notes come back in the order given; equal scores go to the
 * family first on the board (by `order`, then id).
 *
 * A family's score is the noisy-or of its two closest pieces of evidence (its name counts as
 * one): one close note is a hint, two that agree are stronger, but a big family must not win
 * on size alone through many weak matches.
 */
export function suggestFamilies(
  notes: readonly NoteRecord[],
  families: readonly FamilyRecord[],
  options: SuggestFamiliesOptions = {},
): FamilySuggestion[] {
  const minScore = options.minScore ?? DEFAULT_SUGGESTION_MIN_SCORE;
  const ordered = [...families].sort(byBoardOrder);
  const position = new Map(ordered.map((family, i) => [family.id, i]));

  // Term sets of the families' names and notes are built once, in an index from term to
  // the texts using it: each unsorted note then costs what it shares, not unsorted × sorted
  // set comparisons (2,000 × 2,000 on a full board, recomputed as the facilitator sorts).
  const ownerOf: number[] = [];
  const sizeOf: number[] = [];
  const index = new Map<string, number[]>();
  const addEvidence = (family: number, text: string) => {
    const terms = keyTerms(text);
    if (terms.size === 0) return;
    const id = ownerOf.length;
    ownerOf.push(family);
    sizeOf.push(terms.size);
    for (const term of terms) {
      const list = index.get(term);
      if (list) list.push(id);
      else index.set(term, [id]);
    }
  };
  ordered.forEach((family, i) => {
    addEvidence(i, family.name);
  });
  const unsorted: NoteRecord[] = [];
  for (const note of notes) {
    const family = note.familyId === null ? undefined : position.get(note.familyId);
    if (family === undefined) {
      unsorted.push(note);
      continue;
    }
    addEvidence(family, note.text);
    for (const part of note.parts) addEvidence(family, part.text);
  }

  const shared = new Uint16Array(ownerOf.length);
  const touched: number[] = [];
  const best = new Float64Array(ordered.length);
  const second = new Float64Array(ordered.length);
  const suggestions: FamilySuggestion[] = [];
  for (const note of unsorted) {
    const terms = keyTerms(note.text);
    touched.length = 0;
    for (const term of terms) {
      for (const id of index.get(term) ?? []) {
        if (shared[id] === 0) touched.push(id);
        shared[id] = (shared[id] ?? 0) + 1;
      }
    }
    best.fill(0);
    second.fill(0);
    for (const id of touched) {
      const similarity = (shared[id] ?? 0) / Math.sqrt(terms.size * (sizeOf[id] ?? 1));
      shared[id] = 0;
      const family = ownerOf[id] ?? 0;
      if (similarity > (best[family] ?? 0)) {
        second[family] = best[family] ?? 0;
        best[family] = similarity;
      } else if (similarity > (second[family] ?? 0)) second[family] = similarity;
    }
    let winner = -1;
    let top = 0;
    for (let family = 0; family < ordered.length; family += 1) {
      const score = 1 - (1 - (best[family] ?? 0)) * (1 - (second[family] ?? 0));
      if (score > top) [winner, top] = [family, score];
    }
    const family = ordered[winner];
    if (family && top >= minScore) {
      suggestions.push({ noteId: note.id, familyId: family.id, score: top });
    }
  }
  return suggestions;
}
