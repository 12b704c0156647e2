import type { MeasureText } from "./noteHeights";

/**
 * canvas.css: a note's text is 2em at weight 500, its author 1.125em, its « +N » 0.8125em, a
 * family's name 1.625em bold, in a 16 px canvas.
 */
const FONTS = { text: "500 32px", author: "18px", parts: "13px", family: "700 26px" } as const;

/** Words measured, kept while the board is open: a workshop's notes share most of them. */
const MAX_KEPT = 50_000;

/**
 * Text widths from a canvas's 2D context in the page's own font family: the browser's own
 * glyph widths, without laying a note out. Where there is no canvas (jsdom), a fixed width per
 * character, which only needs to be plausible there.
 */
export function canvasTextMeasure(): MeasureText {
  const context = contextFor();
  const family = context ? getComputedStyle(document.body).fontFamily || "sans-serif" : "";
  let current: keyof typeof FONTS | null = null;
  const kept = new Map<string, number>();
  return (text, font) => {
    const key = font === "text" ? text : `${font}\u0000${text}`;
    const known = kept.get(key);
    if (known !== undefined) return known;
    let width = text.length * 0.55 * 32;
    if (context) {
      if (current !== font) context.font = `${FONTS[font]} ${family}`;
      current = font;
      width = context.measureText(text).width;
    }
    if (kept.size >= MAX_KEPT) kept.clear();
    kept.set(key, width);
    return width;
  };
}

function contextFor(): CanvasRenderingContext2D | null {
  // jsdom has no canvas and says so on the console: ask only a real browser.
  if (typeof navigator === "undefined" || navigator.userAgent.includes("jsdom")) return null;
  return document.createElement("canvas").getContext("2d");
}
