/*
 * How tall a family's notes are on the canvas, worked out from their texts instead of laid out
 * by the browser: a cluster drawn as tiles (too far out to read, or off screen: see detail.ts)
 * takes the height its notes will take once drawn, so nothing moves when they are.
 *
 * The figures are canvas.css's for `.cluster .canvas-note` (16 px canvas text): keep in step.
 */

/** What decides one note's height. */
export interface NoteBox {
  text: string;
  /** The author line as shown ("par Léa"); null when none is. */
  author: string | null;
  /** Whether a line of badges (offer or need, interest) ends the note. */
  badges: boolean;
  /** How many parts it has (its « +N » marker), 0 for none. */
  parts: number;
}

/** A text's width in CSS pixels, in the note's text font, its author's or its « +N »'s. */
export type MeasureText = (text: string, font: "text" | "author" | "parts" | "family") => number;

/** The text's width in a note: two notes a row in a 420 px cluster, less paddings and borders. */
export const NOTE_TEXT_WIDTH = 184;
/** 2em × line-height 1.1. */
const TEXT_LINE = 35.2;
const NOTE_PADDING = 12;
/** The author floats after the text, 0.5em (of 18 px) from it. */
const AUTHOR_GAP = 9;
const AUTHOR_LINE = 21.6;
/** 0.25rem above one line of 12 px badges × 1.6. */
const BADGES = 23.2;
const ROW_GAP = 6;

/**
 * How many lines a text takes at `width`, and how wide its last one is; `tail` is what sticks
 * to its last word (the « +N » marker: no line break between a letter and a « + »).
 */
export function wrapText(
  text: string,
  widthOf: (text: string) => number,
  width: number,
  tail = 0,
): { lines: number; last: number } {
  let lines = 0;
  let last = 0;
  const space = widthOf(" ");
  // The text keeps its line breaks (pre-wrap); a word longer than a line breaks anywhere.
  const words = text.split("\n").map((paragraph) => paragraph.split(" "));
  for (const [p, paragraph] of words.entries()) {
    lines += 1;
    last = 0;
    for (const [i, word] of paragraph.entries()) {
      const end = p === words.length - 1 && i === paragraph.length - 1;
      const w = (word === "" ? 0 : widthOf(word)) + (end ? tail : 0);
      if (last === 0) last = w;
      else if (last + space + w <= width) last += space + w;
      else {
        lines += 1;
        last = w;
      }
      while (last > width) {
        lines += 1;
        last -= width;
      }
    }
  }
  return { lines: Math.max(1, lines), last };
}

/** A family's name in its cluster's header: 1.625em bold, line-height 1.2, beside grip and count. */
const NAME_WIDTH = 257;
const NAME_LINE = 31.2;
/** The header's buttons, for a name on one line; a longer name adds its lines (measured). */
const HEADER_MIN = 36;

/** A cluster's header height, from its family's name. */
export function headerHeight(name: string, measure: MeasureText): number {
  const { lines } = wrapText(name, (word) => measure(word, "family"), NAME_WIDTH);
  return Math.max(HEADER_MIN, Math.round(lines * NAME_LINE + 4));
}

/** One note's height on the canvas. */
export function noteHeight(note: NoteBox, measure: MeasureText): number {
  const tail = note.parts > 0 ? measure(`+${note.parts}`, "parts") : 0;
  const { lines, last } = wrapText(
    note.text,
    (text) => measure(text, "text"),
    NOTE_TEXT_WIDTH,
    tail,
  );
  let height = NOTE_PADDING + lines * TEXT_LINE;
  if (note.author !== null) {
    const author = measure(note.author, "author");
    // It ends the text's last line when there is room, else takes lines of its own below.
    if (last + AUTHOR_GAP + author > NOTE_TEXT_WIDTH) {
      height += AUTHOR_GAP + Math.ceil(author / NOTE_TEXT_WIDTH) * AUTHOR_LINE;
    }
  }
  return note.badges ? height + BADGES : height;
}

/** The height of a family's list of notes of these heights: two a row, each row as tall as its taller note. */
export function rowsHeight(heights: readonly number[]): number {
  let height = 0;
  for (let i = 0; i < heights.length; i += 2) {
    const row = Math.max(heights[i] ?? 0, heights[i + 1] ?? 0);
    height += (i === 0 ? 0 : ROW_GAP) + row;
  }
  return height;
}
