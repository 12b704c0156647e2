/** Where the canvas is looked at: screen = canvas × scale + (x, y). */
export interface Viewport {
  x: number;
  y: number;
  scale: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

// Low enough for "Tout voir" to show a plenary's board whole (at 1920×1080, 2,000 notes open at
// about 0.1, 5,000 at about 0.07).
export const MIN_SCALE = 0.02;
export const MAX_SCALE = 3;
export const IDENTITY: Viewport = { x: 0, y: 0, scale: 1 };

export const clampScale = (scale: number): number =>
  Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/** Zooms by `factor` keeping the canvas point under the screen point (sx, sy) in place. */
export function zoomAt(view: Viewport, factor: number, sx: number, sy: number): Viewport {
  const scale = clampScale(view.scale * factor);
  const ratio = scale / view.scale;
  return { scale, x: sx - (sx - view.x) * ratio, y: sy - (sy - view.y) * ratio };
}

export const panBy = (view: Viewport, dx: number, dy: number): Viewport => ({
  ...view,
  x: view.x + dx,
  y: view.y + dy,
});

export const toCanvas = (view: Viewport, sx: number, sy: number) => ({
  x: (sx - view.x) / view.scale,
  y: (sy - view.y) / view.scale,
});

export const toScreen = (view: Viewport, cx: number, cy: number) => ({
  left: cx * view.scale + view.x,
  top: cy * view.scale + view.y,
});

/** The smallest rectangle holding every rect; null for none. */
export function boundsOf(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const r of rects) {
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.width);
    bottom = Math.max(bottom, r.y + r.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * The viewport that shows `content` whole and centred in a screen of `width` × `height`,
 * with a margin and a band left free at the top (where the canvas's tools float); never
 * zoomed in past 1 (a lone family is not blown up to fill a projector).
 */
export function fitTo(
  content: Rect | null,
  width: number,
  height: number,
  margin = 24,
  topBand = 0,
): Viewport {
  if (content === null || content.width <= 0 || content.height <= 0) return IDENTITY;
  const room = { width: width - 2 * margin, height: height - 2 * margin - topBand };
  const scale = clampScale(Math.min(1, room.width / content.width, room.height / content.height));
  return {
    scale,
    x: (width - content.width * scale) / 2 - content.x * scale,
    y: topBand + (height - topBand - content.height * scale) / 2 - content.y * scale,
  };
}

/** Whether two rects overlap (touching edges do not count). */
export const intersects = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The rect between two corner points, whichever way it was drawn. */
export const rectFromPoints = (ax: number, ay: number, bx: number, by: number): Rect => ({
  x: Math.min(ax, bx),
  y: Math.min(ay, by),
  width: Math.abs(bx - ax),
  height: Math.abs(by - ay),
});

/**
 * The viewport, panned as little as needed (the zoom kept) for `rect` to be on screen, in a
 * screen of `width` × `height` with a margin and a band left free at the top; unchanged when it
 * already is. Too big to fit, its top-left corner shows.
 */
export function showRect(
  view: Viewport,
  rect: Rect,
  width: number,
  height: number,
  margin = 24,
  topBand = 0,
): Viewport {
  const axis = (start: number, size: number, from: number, to: number): number => {
    const low = from + margin;
    const high = to - margin;
    if (size > high - low || start < low) return low - start;
    if (start + size > high) return high - (start + size);
    return 0;
  };
  const dx = axis(view.x + rect.x * view.scale, rect.width * view.scale, 0, width);
  const dy = axis(view.y + rect.y * view.scale, rect.height * view.scale, topBand, height);
  return dx === 0 && dy === 0 ? view : { ...view, x: view.x + dx, y: view.y + dy };
}
