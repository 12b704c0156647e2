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
const WORDS =
  "organiser budget négocier partenariats communication subventions réseau projet atelier formation site plaquette presse colloque cuisine chanter yoga espagnol".split(
    " ",
  );

const doc = new Y.Doc();
const families = Array.from({ length: FAMILIES }, (_, i) =>
  createFamily(doc, {
    name: `Famille ${i + 1}`,
    color: FAMILY_COLORS[i % FAMILY_COLORS.length] ?? "slate",
  }),
);
doc.transact(() => {
  for (let i = 0; i < NOTES; i++) {
    const text = `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} ${WORDS[(i * 13) % WORDS.length]} ${i}`;
    const id = addNote(doc, {
      text,
      color: NOTE_COLORS[i % NOTE_COLORS.length] ?? "yellow",
      authorId: `p${i % 500}`,
      authorName: `Personne ${i % 500}`,
      category: CATEGORIES[i % 2],
      kind: i % 10 === 0 ? "need" : i % 10 === 1 ? "offer" : null,
    });
    if (i % 5 !== 0) moveNote(doc, id, families[i % FAMILIES] ?? null);
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
