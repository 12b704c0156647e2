import { describe, expect, it } from "vitest";
import type { MeasureText } from "./noteHeights";
import { headerHeight, NOTE_TEXT_WIDTH, noteHeight, rowsHeight, wrapText } from "./noteHeights";

// 20 px a character in the text, 10 in the author line: a line holds 9 characters (184 px).
const measure: MeasureText = (text, font) => text.length * (font === "text" ? 20 : 10);
const widthOf = (text: string) => measure(text, "text");

describe("wrapText", () => {
  it("puts words on a line while they fit, and says how wide the last line is", () => {
    expect(wrapText("abc def", widthOf, NOTE_TEXT_WIDTH)).toEqual({ lines: 1, last: 140 });
    expect(wrapText("abcd efghi", widthOf, NOTE_TEXT_WIDTH)).toEqual({ lines: 2, last: 100 });
    expect(wrapText("a b c d e f g", widthOf, NOTE_TEXT_WIDTH).lines).toBe(2);
  });

  it("keeps the text's line breaks and breaks a word longer than a line anywhere", () => {
    expect(wrapText("ab\ncd\n\nef", widthOf, NOTE_TEXT_WIDTH).lines).toBe(4);
    // 25 characters: 500 px over lines of 184.
    expect(wrapText("x".repeat(25), widthOf, NOTE_TEXT_WIDTH)).toEqual({ lines: 3, last: 132 });
  });

  it("counts one line for an empty text", () => {
    expect(wrapText("", widthOf, NOTE_TEXT_WIDTH)).toEqual({ lines: 1, last: 0 });
  });
});

describe("noteHeight", () => {
  const text = { text: "abc", author: null, badges: false, parts: 0 };

  it("grows a line at a time with the text", () => {
    const one = noteHeight(text, measure);
    expect(noteHeight({ ...text, text: "abcd efghi" }, measure)).toBeCloseTo(one + 35.2);
  });

  it("ends the last line with the author when there is room, else puts it below", () => {
    const one = noteHeight(text, measure);
    // "abc" is 60 px: 9 + 100 px of author fit beside it, 9 + 130 do not.
    expect(noteHeight({ ...text, author: "x".repeat(10) }, measure)).toBe(one);
    expect(noteHeight({ ...text, author: "x".repeat(13) }, measure)).toBeCloseTo(one + 9 + 21.6);
    // An author list wider than the note takes as many lines as it needs.
    expect(noteHeight({ ...text, author: "x".repeat(30) }, measure)).toBeCloseTo(
      one + 9 + 2 * 21.6,
    );
  });

  it("keeps the « +N » of its parts on the text's last line, taking the last word along", () => {
    // "abcd efghi" ends at 100 px: « +2 » (2 × 10 px here) fits after it.
    const two = { ...text, text: "abcd efghi" };
    expect(noteHeight({ ...two, parts: 2 }, measure)).toBe(noteHeight(two, measure));
    // "ijklmnop" ends at 160 px: with « +12 » (30 px) it overflows 184 and takes a line more.
    const full = { ...text, text: "abcdefgh ijklmnop" };
    expect(noteHeight({ ...full, parts: 12 }, measure)).toBeCloseTo(
      noteHeight(full, measure) + 35.2,
    );
  });

  it("adds the line of badges", () => {
    expect(noteHeight({ ...text, badges: true }, measure)).toBeCloseTo(
      noteHeight(text, measure) + 23.2,
    );
  });
});

describe("rowsHeight", () => {
  it("makes rows of two, each as tall as its taller note, 6 px apart", () => {
    expect(rowsHeight([])).toBe(0);
    expect(rowsHeight([100])).toBe(100);
    expect(rowsHeight([100, 150])).toBe(150);
    expect(rowsHeight([100, 150, 120])).toBe(150 + 6 + 120);
    expect(rowsHeight([100, 150, 120, 90])).toBe(150 + 6 + 120);
  });
});

describe("headerHeight", () => {
  it("is the header's buttons for a name on one line, and grows a line at a time", () => {
    // 10 px a character in a family's name: a line holds 25 characters (257 px).
    expect(headerHeight("Business", measure)).toBe(36);
    expect(headerHeight("Plan d'action communication / marketing", measure)).toBe(66);
    expect(headerHeight("Stratégie de communication, marketing et réseaux sociaux", measure)).toBe(
      98,
    );
  });
});
