import { describe, expect, it } from "vitest";
import { cleanText, LIMITS } from "./text";

const clean = (value: string) => cleanText("text", value, LIMITS.noteText);

describe("cleanText", () => {
  it("drops invisible controls: NUL, bell, bidirectional overrides and isolates", () => {
    expect(clean("a\u0000b\u0007c")).toBe("abc");
    expect(clean("\u202eelbissopmi")).toBe("elbissopmi");
    expect(clean("\u2066Zoé\u2069 \u202aet\u202c Ana")).toBe("Zoé et Ana");
  });

  it("keeps line breaks, tabs, right-to-left scripts, accents and emoji", () => {
    expect(clean("  ركوب الدراجة\nà vélo\t🚲  ")).toBe("ركوب الدراجة\nà vélo\t🚲");
  });

  it("counts what is left: a text of controls only is empty", () => {
    expect(() => clean("\u0000\u202e ")).toThrow("text must not be empty");
  });
});
