import { describe, expect, it } from "vitest";
import { isoTimeWriter } from "./isoTime";

describe("isoTimeWriter", () => {
  it("writes what Date#toISOString writes, across days, years and the edges", () => {
    const iso = isoTimeWriter();
    const times = [
      0, 1, 999, 1000, 59_999, 3_599_999, 86_399_999, 86_400_000, 951_782_400_000, 951_868_799_999,
      1_796_247_459_954, 253_402_300_799_999,
    ];
    // A seeded walk over four centuries, so leap years and month ends are crossed.
    let t = 0;
    for (let i = 0; i < 5_000; i++) {
      t = (t * 48_271 + 12_345) % 2_147_483_647;
      times.push(t * 5_903 + (t % 1000));
    }
    for (const ms of times) expect(iso(ms)).toBe(new Date(ms).toISOString());
  });

  it("falls back to Date outside the four-digit years and for fractions", () => {
    const iso = isoTimeWriter();
    for (const ms of [-1, -86_400_001, 253_402_300_800_000, 1.5, 8.64e15])
      expect(iso(ms)).toBe(new Date(ms).toISOString());
  });
});
