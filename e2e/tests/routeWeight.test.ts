import { describe, expect, it } from "vitest";
import { routeWeight } from "../support/routeWeight";

// Sizes of a given build are deterministic (unlike timings), so the budget can be a test.
const PARTICIPANT_BUDGET = 150_000;

describe("what a phone downloads", () => {
  it("keeps the participant route within 150 kB of gzipped JavaScript", () => {
    const { total } = routeWeight("participant");
    console.log(`participant route: ${(total / 1000).toFixed(1)} kB gzipped`);
    expect(total).toBeLessThanOrEqual(PARTICIPANT_BUDGET);
  });

  it("loads no board, drag-and-drop or QR code code on the participant route", () => {
    const participant = [...routeWeight("participant").files.keys()];
    const boardOnly = [...routeWeight("board").files.keys()].filter(
      (file) => !participant.includes(file),
    );
    expect(boardOnly.some((file) => file.includes("BoardPage"))).toBe(true);
    expect(participant.some((file) => file.includes("BoardPage"))).toBe(false);
  });
});
