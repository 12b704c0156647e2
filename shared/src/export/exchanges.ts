import type { NoteRecord } from "../schema/note";
import { termList } from "../text/similarity";
import type { SkillsMap, SkillsMapPerson } from "./skillsMapSchema";

/** A "je cherche" note is answered by a skill that shares at least this much meaning. */
export const ANSWER_THRESHOLD = 0.5;
const THRESHOLD_SQUARED = ANSWER_THRESHOLD * ANSWER_THRESHOLD;
const MAX_ANSWERS = 5;

const offerFirst = (note: NoteRecord): number => (note.kind === "offer" ? 0 : 1);

type Ranked = { index: number; score: number; offer: number };
const rank = (a: Ranked, b: Ranked): number =>
  b.score - a.score || a.offer - b.offer || a.index - b.index;

/**
 * The skills that may answer a need, found through an index from term to the skills using it,
 * so matching costs what needs and skills share, not needs × skills. Per-skill facts sit in
 * flat arrays for the hot loop, authors as small numbers (comparing id strings there cost more
 * than all the rest of the matching).
 */
class AnswerIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly termCount: Uint16Array;
  private readonly offerRank: Uint8Array;
  private readonly authors: Uint32Array;
  private readonly authorNumbers = new Map<string, number>();
  private readonly counts: Uint16Array;
  private readonly touched: number[] = [];

  constructor(private readonly candidates: readonly NoteRecord[]) {
    this.termCount = new Uint16Array(candidates.length);
    this.offerRank = new Uint8Array(candidates.length);
    this.authors = new Uint32Array(candidates.length);
    this.counts = new Uint16Array(candidates.length);
    candidates.forEach((note, i) => {
      const terms = termList(note.text);
      this.termCount[i] = terms.length;
      this.offerRank[i] = offerFirst(note);
      this.authors[i] = this.authorNumber(note.authorId);
      for (const term of terms) {
        const list = this.postings.get(term);
        if (list) list.push(i);
        else this.postings.set(term, [i]);
      }
    });
  }

  private authorNumber(id: string): number {
    let n = this.authorNumbers.get(id);
    if (n === undefined) {
      n = this.authorNumbers.size;
      this.authorNumbers.set(id, n);
    }
    return n;
  }

  /** The best answers to a need, best first, as candidate indices with their scores. */
  answers(need: NoteRecord): Ranked[] {
    const terms = termList(need.text);
    const lists: number[][] = [];
    for (const term of terms) {
      const list = this.postings.get(term);
      if (list) lists.push(list);
    }
    // score² = shared² / (n·m) ≥ T² with shared ≤ m gives shared ≥ T²·n: a skill sharing fewer
    // of the need's n terms cannot answer it. Such a skill is in at most minShared − 1 lists,
    // so it is enough that the shortest lists bring candidates and the longest ones only count
    // those already there (what the most common words would add can never pass).
    const minShared = Math.max(1, Math.ceil(THRESHOLD_SQUARED * terms.length));
    if (lists.length < minShared) return [];
    lists.sort((a, b) => a.length - b.length);
    const bringing = lists.length - minShared + 1;
    const { counts, touched } = this;
    touched.length = 0;
    lists.forEach((list, l) => {
      const brings = l < bringing;
      for (let p = 0; p < list.length; p++) {
        const i = list[p] as number;
        const count = counts[i] as number;
        if (count === 0) {
          if (!brings) continue;
          touched.push(i);
        }
        counts[i] = count + 1;
      }
    });
    const author = this.authorNumber(need.authorId);
    // Best first; among equals, offers before plain skills, then board order (touched
    // indices are not in order, so that last tie-break is explicit).
    const best: Ranked[] = [];
    for (const i of touched) {
      const count = counts[i] ?? 0;
      counts[i] = 0;
      const sizes = terms.length * (this.termCount[i] ?? 1);
      // score = count / √sizes; squared, most candidates (one word shared) fail with no root.
      if (count * count < THRESHOLD_SQUARED * sizes || this.authors[i] === author) continue;
      const score = count / Math.sqrt(sizes);
      const offer = this.offerRank[i] ?? 1;
      const last = best[MAX_ANSWERS - 1];
      if (
        last &&
        (score < last.score ||
          (score === last.score &&
            (offer > last.offer || (offer === last.offer && i > last.index))))
      )
        continue;
      const entry: Ranked = { index: i, score, offer };
      const at = best.findIndex((b) => rank(entry, b) < 0);
      best.splice(at === -1 ? best.length : at, 0, entry);
      if (best.length > MAX_ANSWERS) best.pop();
    }
    return best;
  }

  candidate(index: number): NoteRecord | undefined {
    return this.candidates[index];
  }
}

/** Offers with who is interested, and needs with the skills that may answer them. */
export function exchanges(
  all: readonly NoteRecord[],
  named: (id: string, fallback: string) => SkillsMapPerson,
  by: (note: NoteRecord) => SkillsMapPerson,
): SkillsMap["exchanges"] {
  const offers = all
    .filter((note) => note.kind !== "need" && (note.kind === "offer" || note.interested.length > 0))
    .map((note) => ({
      skill: note.id,
      text: note.text,
      by: by(note),
      interested: note.interested.map((id) => named(id, "")),
    }));
  const index = new AnswerIndex(all.filter((note) => note.kind !== "need"));
  const needs = all
    .filter((note) => note.kind === "need")
    .map((need) => ({
      skill: need.id,
      text: need.text,
      by: by(need),
      answers: index.answers(need).flatMap(({ index: i, score }) => {
        const note = index.candidate(i);
        return note
          ? [
              {
                skill: note.id,
                text: note.text,
                by: by(note),
                score: Math.round(score * 100) / 100,
              },
            ]
          : [];
      }),
    }));
  return { offers, needs };
}
