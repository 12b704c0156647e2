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
  return new Set(termList(text));
}

/** keyTerms as an array, each term once: the cheaper form when thousands of texts are read. */
export function termList(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.split(NOT_IN_WORDS)) {
    if (word === "") continue;
    let stems = wordTerms.get(word);
    if (stems === undefined) {
      if (wordTerms.size >= WORD_CACHE) wordTerms.clear();
      stems = termsOfWord(word);
      wordTerms.set(word, stems);
    }
    // A skill has a handful of words: a scan beats building a set.
    for (const term of stems) if (!terms.includes(term)) terms.push(term);
  }
  return terms;
}

// What is never part of a word, before or after folding: splitting on it first lets each word
// be folded and stemmed once per process. A workshop's vocabulary is small and every export,
// match and duplicate check reads the same words again; the cap bounds memory against a flood.
const NOT_IN_WORDS = /[^\p{L}\p{N}\p{M}]+/u;
const WORD_CACHE = 20_000;
const wordTerms = new Map<string, readonly string[]>();

function termsOfWord(word: string): readonly string[] {
  const terms: string[] = [];
  for (const part of foldText(word).split(/[^a-z0-9]+/)) {
    if (part.length < 2 || STOP_WORDS.has(part)) continue;
    terms.push(stem(part));
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
