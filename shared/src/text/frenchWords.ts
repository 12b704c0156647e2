/**
 * Words that say nothing about a skill: French articles, prepositions, pronouns and the
 * light verbs people put in front of one ("faire un budget", "savoir négocier").
 */
export const STOP_WORDS = new Set(
  (
    "a au aux avec ce ces cet cette d de des du en et il elle ils j je l la le les leur leurs lui " +
    "ma mes mon ne nos notre nous on ou par pas plus pour qu que qui sa se ses son sur ta te tes " +
    "ton tu un une vos votre vous y " +
    "faire fait savoir etre avoir pouvoir bien tres comment tout tous toute toutes " +
    "the of and to in for with"
  ).split(" "),
);

// Longest first: the first suffix that leaves a stem of 3+ letters is removed.
const SUFFIXES = [
  "issement",
  "atrice",
  "ateur",
  "ation",
  "ement",
  "euse",
  "eur",
  "ive",
  "if",
  "ee",
  "er",
  "ez",
  "e",
];

// Verbs whose nouns share no stem with the infinitive, yet say the same skill: "prise de
// parole" / "prendre la parole", "mise en place" / "mettre en place", "entreprise" /
// "entreprendre". Whole words only: "chemise" is not "mise".
const IRREGULAR: readonly (readonly [RegExp, string])[] = [
  [/^(ap|com|entre|re|sur)?(prendre|prend|prends|pris|prise|prises)$/, "$1prend"],
  [/^(re)?(mettre|mis|mise|mises)$/, "$1mett"],
];

/**
 * A light French stemmer, enough to meet "cuisine" and "cuisiner", "négociation" and
 * "négocier", "subventions" and "subvention". Expects lower case without accents.
 */
export function stem(word: string): string {
  for (const [form, root] of IRREGULAR) if (form.test(word)) return word.replace(form, root);
  const singular = word.length > 3 && /[sx]$/.test(word) ? word.slice(0, -1) : word;
  for (const suffix of SUFFIXES) {
    if (singular.endsWith(suffix) && singular.length - suffix.length >= 3) {
      return singular.slice(0, -suffix.length);
    }
  }
  return singular;
}
