// Benchmark, not a test: exports a 10,000-note workshop in each format and prints the times.
//   npm run bench:export
import {
  addNote,
  CATEGORIES,
  createFamily,
  FAMILY_COLORS,
  moveNote,
  NOTE_COLORS,
  toCsv,
  toMarkdown,
  toSkillsMap,
  toSvg,
} from "@troc/shared";
import * as Y from "yjs";

const NOTES = 10_000;
const FAMILIES = 40;
const PEOPLE = 2_000;
// Skills as people write them: a verb, an object, sometimes a detail; 5% "je cherche".
const VERBS =
  "organiser animer rédiger négocier monter gérer coordonner concevoir préparer chercher réaliser construire financer piloter accompagner former planifier développer créer évaluer mobiliser présenter vendre acheter cuisiner chanter traduire réparer jardiner photographier filmer coder dessiner écrire enseigner soigner conduire bricoler coudre danser".split(
    " ",
  );
const OBJECTS =
  "un budget|un colloque|des subventions|un contrat|une association|un site internet|un dossier de presse|une plaquette|un festival|des partenariats|une campagne|un réseau|des bénévoles|une formation|un plan de communication|une étude de marché|un prévisionnel|une levée de fonds|un événement|des réunions|un projet européen|une boutique en ligne|une newsletter|un podcast|une exposition|un atelier|une conférence|un appel d'offres|des réseaux sociaux|un tableau de bord|une équipe|un local|des statuts|un bilan|une comptabilité|un voyage|un repas|une fête|un potager|un vélo".split(
    "|",
  );
const DETAILS = [
  "",
  "",
  "",
  " en anglais",
  " pour une association",
  " avec peu de moyens",
  " à l'international",
  " en équipe",
  " pas à pas",
  " pour les jeunes",
];

// mulberry32: a small seeded generator, so every run builds the same board.
let seed = 42;
const random = (n: number): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
};
const pick = <T>(list: readonly T[]): T => list[random(list.length)] as T;

const doc = new Y.Doc();
const families = Array.from({ length: FAMILIES }, (_, i) =>
  createFamily(doc, {
    name: `Famille ${i + 1}`,
    color: FAMILY_COLORS[i % FAMILY_COLORS.length] ?? "slate",
  }),
);
doc.transact(() => {
  for (let i = 0; i < NOTES; i++) {
    const person = random(PEOPLE);
    const need = random(20) === 0;
    const text = `${need ? "je cherche à " : ""}${pick(VERBS)} ${pick(OBJECTS)}${pick(DETAILS)}`;
    const id = addNote(doc, {
      text,
      color: NOTE_COLORS[i % NOTE_COLORS.length] ?? "yellow",
      authorId: `p${person}`,
      authorName: `Personne ${person}`,
      category: CATEGORIES[i % 2],
      kind: need ? "need" : random(10) === 0 ? "offer" : null,
    });
    if (random(5) !== 0) moveNote(doc, id, pick(families));
  }
});

function time(label: string, run: () => unknown, rounds = 5): [string, string, string] {
  run(); // warm-up
  const samples: number[] = [];
  let size = 0;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    const out = run();
    samples.push(performance.now() - start);
    size = typeof out === "string" ? out.length : 0;
  }
  samples.sort((a, b) => a - b);
  return [
    label,
    `${samples[Math.floor(rounds / 2)]?.toFixed(1)} ms`,
    size ? `${(size / 1024).toFixed(0)} KiB` : "-",
  ];
}

const map = toSkillsMap(doc);
const rows = [
  time("toSkillsMap (document → map)", () => toSkillsMap(doc)),
  time("JSON (map → text)", () => JSON.stringify(map)),
  time("CSV (map → text)", () => toCsv(map)),
  time("Markdown (map → text)", () => toMarkdown(map)),
  time("SVG (map → text)", () => toSvg(map)),
  time("JSON end to end", () => JSON.stringify(toSkillsMap(doc))),
  time("CSV end to end", () => toCsv(toSkillsMap(doc))),
  time("Markdown end to end", () => toMarkdown(toSkillsMap(doc))),
];
console.log(
  `Export of ${NOTES.toLocaleString("en")} notes in ${FAMILIES} families (median of 5 runs)\n`,
);
console.log(["step", "time", "size"].join("\t"));
for (const row of rows) console.log(row.join("\t"));
