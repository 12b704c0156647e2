// Benchmark, not a test: Troc against two relays that neither check nor store, the reference
// @y/websocket-server and Hocuspocus, each in its own process, one after the other, alternating.
//   npm run bench:relay            (writes the relay section of docs/benchmarks.md)
//   npm run bench:relay -- --smoke (a few sockets, a few seconds, Troc only: the tool works)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Scenario, ScenarioResult } from "./relay/loadGen";
import { runJoin, runScenario } from "./relay/loadGen";
import type { TargetName } from "./relay/targets";
import { installReferences, startTarget } from "./relay/targets";

const smoke = process.argv.includes("--smoke");
const rounds = Number(process.env.BENCH_ROUNDS ?? (smoke ? 1 : 3));
const SCENARIOS: Scenario[] = smoke
  ? [
      {
        name: "smoke: 1 room × 6 sockets",
        rooms: 1,
        socketsPerRoom: 6,
        writersPerRoom: 2,
        notesPerSecond: 10,
        seconds: 2,
      },
    ]
  : [
      {
        name: "1 room × 200 sockets, 100 notes/s",
        rooms: 1,
        socketsPerRoom: 200,
        writersPerRoom: 20,
        notesPerSecond: 100,
        seconds: 15,
      },
      {
        name: "1 room × 2,000 sockets, 20 notes/s",
        rooms: 1,
        socketsPerRoom: 2000,
        writersPerRoom: 20,
        notesPerSecond: 20,
        seconds: 15,
      },
      {
        name: "250 rooms × 20 sockets, 250 notes/s",
        rooms: 250,
        socketsPerRoom: 20,
        writersPerRoom: 1,
        notesPerSecond: 250,
        seconds: 15,
      },
    ];
const JOIN = smoke ? { notes: 100, sockets: 5 } : { notes: 1000, sockets: 200 };
const TARGETS: TargetName[] = smoke ? ["troc"] : ["y-websocket-server", "troc", "hocuspocus"];

type Row = { scenario: string; target: TargetName; result: ScenarioResult };
const rows: Row[] = [];
const joins: { target: TargetName; ms: number }[] = [];

if (!smoke) installReferences();
const began = Date.now();
for (let round = 0; round < rounds; round++) {
  // Alternate the order each round: a machine that warms up or gets busier favours no one.
  const order = round % 2 === 0 ? TARGETS : [...TARGETS].reverse();
  for (const scenario of SCENARIOS) {
    for (const name of order) {
      const target = await startTarget(name);
      try {
        const result = await runScenario(target, scenario);
        rows.push({ scenario: scenario.name, target: name, result });
        console.log(
          `${scenario.name} · ${name}: p99 ${result.p99.toFixed(1)} ms, ${result.delivered}/${result.expected}`,
        );
      } finally {
        await target.stop();
      }
    }
  }
  for (const name of order) {
    const target = await startTarget(name);
    try {
      const ms = await runJoin(target, JOIN.notes, JOIN.sockets);
      joins.push({ target: name, ms });
      console.log(
        `join ${JOIN.notes} notes × ${JOIN.sockets} sockets · ${name}: ${ms.toFixed(0)} ms`,
      );
    } finally {
      await target.stop();
    }
  }
}

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "—");
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  // An even count has two middles: their mean (the upper one alone favoured no one but
  // made two rounds report their worst).
  return Number.isInteger(middle)
    ? ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2
    : (sorted[Math.floor(middle)] ?? Number.NaN);
};
const lines: string[] = [];
const cpu = os.cpus();
lines.push(
  `## Relay (${new Date().toISOString().slice(0, 10)}, ${cpu[0]?.model ?? "cpu"} × ${cpu.length}, Node ${process.version})`,
);
lines.push("");
lines.push(
  `\`npm run bench:relay\`: ${rounds} rounds, targets alternated; each figure is the median over the rounds (ranges in brackets). Latency: from a writer's send to each other socket's receipt, on loopback. CPU and peak RSS: the server process alone. Run took ${f((Date.now() - began) / 60000)} min.`,
);
lines.push("");
lines.push(
  "| scenario | server | p50 ms | p99 ms | max ms | delivered | CPU s | peak RSS MB | KB per idle socket |",
);
lines.push("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const scenario of SCENARIOS) {
  for (const target of TARGETS) {
    const mine = rows
      .filter((r) => r.scenario === scenario.name && r.target === target)
      .map((r) => r.result);
    if (mine.length === 0) continue;
    const range = (pick: (r: ScenarioResult) => number) =>
      mine.length > 1
        ? ` [${f(Math.min(...mine.map(pick)))}–${f(Math.max(...mine.map(pick)))}]`
        : "";
    lines.push(
      `| ${scenario.name} | ${target} | ${f(median(mine.map((r) => r.p50)))} | ${f(median(mine.map((r) => r.p99)))}${range((r) => r.p99)} | ${f(median(mine.map((r) => r.max)))} | ${median(mine.map((r) => r.delivered))}/${median(mine.map((r) => r.expected))} | ${f(median(mine.map((r) => r.cpuSeconds)), 2)} | ${f(median(mine.map((r) => r.peakRssMb)), 0)} | ${f(median(mine.map((r) => r.kbPerIdleSocket)), 1)} |`,
    );
  }
}
// The targets: Troc's p99, CPU and peak RSS over the best reference's, per scenario.
const medianOf = (scenario: string, target: TargetName, pick: (r: ScenarioResult) => number) =>
  median(
    rows.filter((r) => r.scenario === scenario && r.target === target).map((r) => pick(r.result)),
  );
const references = TARGETS.filter((t) => t !== "troc");
if (references.length > 0) {
  lines.push("");
  lines.push("| scenario | Troc p99 ÷ best reference | CPU ÷ | peak RSS ÷ |");
  lines.push("| --- | --- | --- | --- |");
  for (const scenario of SCENARIOS) {
    const ratio = (pick: (r: ScenarioResult) => number) =>
      f(
        medianOf(scenario.name, "troc", pick) /
          Math.min(...references.map((t) => medianOf(scenario.name, t, pick))),
        2,
      );
    lines.push(
      `| ${scenario.name} | ${ratio((r) => r.p99)} | ${ratio((r) => r.cpuSeconds)} | ${ratio((r) => r.peakRssMb)} |`,
    );
  }
}
lines.push("");
lines.push(
  `| join: a ${JOIN.notes}-note room, ${JOIN.sockets} sockets at once | time until all synced, ms |`,
);
lines.push("| --- | --- |");
for (const target of TARGETS) {
  const mine = joins.filter((j) => j.target === target).map((j) => j.ms);
  if (mine.length > 0) lines.push(`| ${target} | ${f(median(mine), 0)} |`);
}
const table = lines.join("\n");
console.log(`\n${table}\n`);

if (!smoke) {
  const file = path.resolve(import.meta.dirname, "../docs/benchmarks.md");
  const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmarks\n";
  const start = existing.indexOf("## Relay");
  const end = start < 0 ? -1 : existing.indexOf("\n## ", start + 1);
  const before = start < 0 ? `${existing.trimEnd()}\n\n` : existing.slice(0, start);
  const after = end < 0 ? "" : existing.slice(end + 1);
  fs.writeFileSync(file, `${before}${table}\n${after ? `\n${after}` : ""}`);
  console.log(`written to ${file}`);
}
