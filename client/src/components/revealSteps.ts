/** About a phone screen of notes: each step is drawn between frames of a scroll (RevealMore). */
export const REVEAL_STEP = 12;
/** Lists up to this long are drawn whole: a phone draws them at once, and finds in them. */
export const DRAWN_WHOLE = 150;

/** How many of a `total`-long list are drawn before any reveal: all, or a first step. */
export const drawnAtFirst = (total: number): number =>
  total <= DRAWN_WHOLE ? total : Math.min(REVEAL_STEP, total);
