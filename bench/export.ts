// Benchmark, not a test: exports a 10,000-note workshop in each format and prints the times,
// beside a plain dump of the Yjs document (doc.toJSON, what a generic Yjs board would export).
//   npm run bench:export
import os from "node:os";
import { toCsv, toMarkdown, toSkillsMap, toSvg } from "@troc/shared";
import { syntheticBoard } from "../e2e/support/syntheticBoard";

const NOTES = 10_000;
const FAMILIES = 40;
const PEOPLE = 2_000;
const doc = syntheticBoard({ notes: NOTES, families: FAMILIES, people: PEOPLE });

function time(label: string, run: () => unknown, rounds = 9): [string, string, string] {
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
const dump = time("plain Yjs dump: JSON.stringify(doc.toJSON())", () =>
  JSON.stringify(doc.toJSON()),
);
const ms = (row: [string, string, string]) => Number.parseFloat(row[1]);
console.log(`${os.cpus()[0]?.model ?? "CPU"} ×${os.cpus().length}, ${new Date().toISOString()}`);
console.log(
  `Export of ${NOTES.toLocaleString("en")} notes in ${FAMILIES} families (median of 9 runs, after one warm-up)\n`,
);
console.log(["step", "time", "size"].join("\t"));
for (const row of rows) console.log(row.join("\t"));
console.log(dump.join("\t"));
console.log("\nend to end, over the plain dump:");
for (const row of rows.filter(([label]) => label.endsWith("end to end")))
  console.log(`${row[0]}\t${(ms(row) / ms(dump)).toFixed(2)}×`);
