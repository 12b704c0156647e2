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

/*
 * A cluster changes how it is drawn a little past each limit, not at it: a pinch or a pan that
 * hovers there would otherwise redraw it at every step (drawing a plenary's notes in full is
 * the cost of opening its board).
 */
const SCALE_MARGIN = 0.01;
const AHEAD_MARGIN = 0.25;

/**
 * Whether a cluster at `rect` is drawn as tiles for a canvas of `width` × `height` looked at
 * through `view`: too far out to read, or well off screen; `wasTiles`, how it is drawn now. A
 * canvas with no size yet (not laid out, or a test's DOM) draws everything.
 */
export function drawsTiles(
  rect: Rect,
  view: Viewport,
  width: number,
  height: number,
  wasTiles = false,
): boolean {
  if (width <= 0 || height <= 0) return false;
  const limit = TILES_BELOW_SCALE + (wasTiles ? SCALE_MARGIN : -SCALE_MARGIN);
  if (view.scale < limit) return true;
  const ahead = AHEAD + (wasTiles ? 0 : AHEAD_MARGIN);
  const seen = {
    x: (-view.x - ahead * width) / view.scale,
    y: (-view.y - ahead * height) / view.scale,
    width: ((1 + 2 * ahead) * width) / view.scale,
    height: ((1 + 2 * ahead) * height) / view.scale,
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
