import { describe, expect, it } from "vitest";
import { drawsTiles, READABLE_SCALE, readableAt, TILES_BELOW_SCALE } from "./detail";

const cluster = { x: 0, y: 0, width: 420, height: 2000 };

describe("drawsTiles", () => {
  it("draws notes in full where they can be read, as tiles when zoomed too far out", () => {
    expect(drawsTiles(cluster, { x: 0, y: 0, scale: 1 }, 1280, 720)).toBe(false);
    expect(drawsTiles(cluster, { x: 0, y: 0, scale: 0.1 }, 1280, 720)).toBe(true);
  });

  it("changes a little past the limit, not at it, so a pinch hovering there redraws nothing", () => {
    const at = (scale: number, wasTiles: boolean) =>
      drawsTiles(cluster, { x: 0, y: 0, scale }, 1280, 720, wasTiles);
    expect(at(TILES_BELOW_SCALE, false)).toBe(false);
    expect(at(TILES_BELOW_SCALE, true)).toBe(true);
    expect(at(TILES_BELOW_SCALE - 0.02, false)).toBe(true);
    expect(at(TILES_BELOW_SCALE + 0.02, true)).toBe(false);
  });

  it("draws a cluster well off screen as tiles, and one just past the edge in full", () => {
    // At scale 1 the screen shows x 0–1280. Tiles are drawn in full within half a screen of
    // it (x -640–1920); notes drawn in full turn to tiles past three quarters (x -960–2240).
    const at = (x: number) => ({ ...cluster, x });
    const view = { x: 0, y: 0, scale: 1 };
    const tiles = (x: number, was: boolean, v = view) => drawsTiles(at(x), v, 1280, 720, was);
    expect(tiles(1500, true)).toBe(false);
    expect(tiles(1950, true)).toBe(true);
    expect(tiles(-1000, true)).toBe(false);
    expect(tiles(-1100, true)).toBe(true);
    expect(tiles(1950, false)).toBe(false);
    expect(tiles(2300, false)).toBe(true);
    expect(tiles(-1400, false)).toBe(true);
    // Panned: the screen now shows x 2000–3280 of the canvas.
    expect(tiles(1900, true, { x: -2000, y: 0, scale: 1 })).toBe(false);
  });

  it("draws everything on a canvas with no size yet", () => {
    expect(drawsTiles(cluster, { x: 0, y: 0, scale: 0.01 }, 0, 0)).toBe(false);
  });
});

describe("readableAt", () => {
  it("centres the rect, zoomed in to a readable scale or kept closer", () => {
    const rect = { x: 1000, y: 400, width: 200, height: 100 };
    const view = readableAt({ x: 0, y: 0, scale: 0.03 }, rect, 800, 600);
    expect(view.scale).toBe(READABLE_SCALE);
    expect(view.x + 1100 * view.scale).toBeCloseTo(400);
    expect(view.y + 450 * view.scale).toBeCloseTo(300);
    expect(readableAt({ x: 0, y: 0, scale: 2 }, rect, 800, 600).scale).toBe(2);
  });
});
