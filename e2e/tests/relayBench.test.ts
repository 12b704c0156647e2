// The relay benchmark's smoke run (npm run bench:relay -- --smoke, in small): its load
// generator still speaks to Troc, delivers every note and measures a join. Figures are not
// checked here (they belong to docs/benchmarks.md), only that the tool works.
import { describe, expect, it } from "vitest";
import { runJoin, runScenario } from "../../bench/relay/loadGen";
import { startTarget } from "../../bench/relay/targets";

describe("bench:relay", () => {
  it("runs a small scenario and a join against Troc, every note delivered", async () => {
    const target = await startTarget("troc");
    try {
      const result = await runScenario(target, {
        name: "smoke",
        rooms: 2,
        socketsPerRoom: 4,
        writersPerRoom: 1,
        notesPerSecond: 10,
        seconds: 2,
        drainMs: 30_000, // a loaded machine may take a while; a healthy one does not wait
      });
      expect(result.expected).toBe(60); // 20 notes, each to the 3 other sockets of its room
      expect(result.delivered).toBe(result.expected);
      expect(result.p99).toBeGreaterThan(0);
      expect(result.cpuSeconds).toBeGreaterThan(0);
      expect(await runJoin(target, 100, 3)).toBeGreaterThan(0);
    } finally {
      await target.stop();
    }
  });
});
