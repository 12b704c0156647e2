import { STOP_WORDS, stem } from "./frenchWords";

/** Lower case, without accents, ligatures spelled out: how words are compared. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}

/**
 * The stems that carry a text's meaning: accents and case folded, elisions ("d'un",
 * "l'équipe") split, stop words dropped, each word stemmed. A set: order and repeats do not count.
 */
export function keyTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const word of foldText(text).split(/[^a-z0-9]+/)) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    terms.add(stem(word));
  }
  return terms;
}

/**
 * How much two term sets share, from 0 (nothing) to 1 (the same): shared terms over the
 * geometric mean of the sizes (cosine of the sets), so one long note and one short one that
 * says the same thing still score high.
 */
export function termSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return shared / Math.sqrt(a.size * b.size);
}

/** termSimilarity of two texts. */
export const textSimilarity = (a: string, b: string): number =>
  termSimilarity(keyTerms(a), keyTerms(b));
