import type { Rect, Viewport } from "./viewport";
import { intersects } from "./viewport";

/*
 * Level of detail: a family's notes are drawn in full (text, author, badges) only where someone
 * can read them; elsewhere each is a tile of its colour, the same button, reachable by keyboard
 * and named by its text, in a cluster of the same size (noteHeights.ts). A 2,000-note board
 * opens at about 10 % on a projector: drawing 2,000 texts nobody can read took most of its
 * opening, and most of each frame of a drag.
 */

/** Below this zoom a note's 32 px text is under 5 px on screen: tiles. */
export const TILES_BELOW_SCALE = 0.15;

/** The zoom a note focused from the keyboard is brought to, when the board was too far out. */
export const READABLE_SCALE = 0.5;

/** How far past the screen's edges clusters stay drawn, in screens (a pan shows them drawn). */
const AHEAD = 0.5;

/**
 * Whether a cluster at `rect` is drawn as tiles for a canvas of `width` × `height` looked at
 * through `view`: too far out to read, or well off screen. A canvas with no size yet (not laid
 * out, or a test's DOM) draws everything.
 */
export function drawsTiles(rect: Rect, view: Viewport, width: number, height: number): boolean {
  if (width <= 0 || height <= 0) return false;
  if (view.scale < TILES_BELOW_SCALE) return true;
  const seen = {
    x: (-view.x - AHEAD * width) / view.scale,
    y: (-view.y - AHEAD * height) / view.scale,
    width: ((1 + 2 * AHEAD) * width) / view.scale,
    height: ((1 + 2 * AHEAD) * height) / view.scale,
  };
  return !intersects(rect, seen);
}

/** The viewport centring `rect` at a readable zoom (or the current one, when closer). */
export function readableAt(view: Viewport, rect: Rect, width: number, height: number): Viewport {
  const scale = Math.max(view.scale, READABLE_SCALE);
  return {
    scale,
    x: width / 2 - (rect.x + rect.width / 2) * scale,
    y: height / 2 - (rect.y + rect.height / 2) * scale,
  };
}
