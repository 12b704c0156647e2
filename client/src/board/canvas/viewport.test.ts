import { describe, expect, it } from "vitest";
import {
  boundsOf,
  fitTo,
  IDENTITY,
  intersects,
  MAX_SCALE,
  MIN_SCALE,
  rectFromPoints,
  showRect,
  toCanvas,
  toScreen,
  zoomAt,
} from "./viewport";

describe("viewport maths", () => {
  it("zooms around the pointer: the canvas point under it stays under it", () => {
    const view = { x: 40, y: -20, scale: 0.8 };
    const before = toCanvas(view, 300, 200);
    const zoomed = zoomAt(view, 1.5, 300, 200);
    expect(zoomed.scale).toBeCloseTo(1.2);
    const after = toScreen(zoomed, before.x, before.y);
    expect(after.left).toBeCloseTo(300);
    expect(after.top).toBeCloseTo(200);
  });

  it("keeps the zoom between its bounds", () => {
    expect(zoomAt(IDENTITY, 100, 0, 0).scale).toBe(MAX_SCALE);
    expect(zoomAt(IDENTITY, 0.001, 0, 0).scale).toBe(MIN_SCALE);
  });

  it("fits content centred with a margin, never zooming in past 1", () => {
    const content = { x: 100, y: 50, width: 2000, height: 1000 };
    const view = fitTo(content, 1048, 548, 24);
    expect(view.scale).toBeCloseTo(0.5);
    const topLeft = toScreen(view, 100, 50);
    expect(topLeft.left).toBeCloseTo(24);
    expect(topLeft.top).toBeCloseTo(24);
    expect(fitTo({ x: 0, y: 0, width: 100, height: 100 }, 1000, 1000).scale).toBe(1);
    expect(fitTo(null, 1000, 1000)).toEqual(IDENTITY);
    const banded = fitTo(content, 1048, 548 + 60, 24, 60);
    expect(banded.scale).toBeCloseTo(0.5);
    expect(toScreen(banded, 100, 50).top).toBeCloseTo(84);
  });

  it("fits a 2,000-note board whole on a projector (issue 13: « Tout voir » left some out)", () => {
    // 24 families of about 83 notes in five columns: 2,000 × 27,000 canvas pixels.
    const content = { x: 0, y: 0, width: 2_000, height: 27_000 };
    const view = fitTo(content, 1_600, 900, 24, 64);
    const bottom = view.y + (content.y + content.height) * view.scale;
    const right = view.x + (content.x + content.width) * view.scale;
    expect(bottom).toBeLessThanOrEqual(900 - 24 + 0.01);
    expect(right).toBeLessThanOrEqual(1_600 - 24 + 0.01);
    expect(view.y).toBeGreaterThanOrEqual(64 + 24 - 0.01);
  });

  it("pans as little as needed to show a rect, keeping the zoom", () => {
    const view = { x: 0, y: 0, scale: 0.5 };
    const inView = { x: 100, y: 200, width: 200, height: 200 };
    expect(showRect(view, inView, 1000, 800, 24, 64)).toBe(view);
    // Off to the right: brought in against the right margin.
    const right = showRect(view, { x: 2_400, y: 200, width: 360, height: 400 }, 1000, 800, 24, 64);
    expect(right.scale).toBe(0.5);
    expect(right.x + (2_400 + 360) * 0.5).toBe(1000 - 24);
    expect(right.y).toBe(0);
    // Above the top band: brought below it; too tall to fit, its top shows.
    const tall = showRect(view, { x: 100, y: -500, width: 200, height: 4_000 }, 1000, 800, 24, 64);
    expect(tall.y + -500 * 0.5).toBe(64 + 24);
  });

  it("bounds, intersections and rubber-band rects", () => {
    expect(
      boundsOf([
        { x: 0, y: 10, width: 10, height: 10 },
        { x: -5, y: 0, width: 5, height: 50 },
      ]),
    ).toEqual({ x: -5, y: 0, width: 15, height: 50 });
    expect(boundsOf([])).toBeNull();
    expect(rectFromPoints(10, 10, 0, 5)).toEqual({ x: 0, y: 5, width: 10, height: 5 });
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(intersects(a, { x: 9, y: 9, width: 5, height: 5 })).toBe(true);
    expect(intersects(a, { x: 10, y: 0, width: 5, height: 5 })).toBe(false);
  });
});
