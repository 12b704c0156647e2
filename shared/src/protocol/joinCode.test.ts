import { describe, expect, it } from "vitest";
import { JOIN_CODE_ALPHABET, normalizeJoinCode } from "./joinCode";

describe("join codes", () => {
  it.each([
    ["abcd23", "ABCD23"],
    ["abc-d23", "ABCD23"],
    [" ab cd 23 ", "ABCD23"],
    ["ABC–D23", "ABC–D23"], // an en dash is not a dash people type for a code: left to fail
  ])("reads %j as %j", (typed, code) => {
    expect(normalizeJoinCode(typed)).toBe(code);
  });

  it("uses 32 symbols none of which looks like another", () => {
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(32);
    for (const confusable of "IO01") expect(JOIN_CODE_ALPHABET).not.toContain(confusable);
  });
});
