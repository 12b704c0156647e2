import { describe, expect, it } from "vitest";
import { drawsTiles, READABLE_SCALE, readableAt, TILES_BELOW_SCALE } from "./detail";

const cluster = { x: 0, y: 0, width: 420, height: 2000 };

describe("drawsTiles", () => {
  it("draws notes in full where they can be read, as tiles when zoomed too far out", () => {
    expect(drawsTiles(cluster, { x: 0, y: 0, scale: 1 }, 1280, 720)).toBe(false);
    expect(drawsTiles(cluster, { x: 0, y: 0, scale: TILES_BELOW_SCALE }, 1280, 720)).toBe(false);
    expect(drawsTiles(cluster, { x: 0, y: 0, scale: TILES_BELOW_SCALE * 0.99 }, 1280, 720)).toBe(
      true,
    );
  });

  it("draws a cluster well off screen as tiles, and one just past the edge in full", () => {
    // At scale 1 the screen shows x 0–1280; half a screen more each way (-640–1920) is drawn.
    const at = (x: number) => ({ ...cluster, x });
    const view = { x: 0, y: 0, scale: 1 };
    expect(drawsTiles(at(1500), view, 1280, 720)).toBe(false);
    expect(drawsTiles(at(1950), view, 1280, 720)).toBe(true);
    expect(drawsTiles(at(-1000), view, 1280, 720)).toBe(false);
    expect(drawsTiles(at(-1100), view, 1280, 720)).toBe(true);
    // Panned: the screen now shows x 2000–3280 of the canvas.
    expect(drawsTiles(at(1900), { x: -2000, y: 0, scale: 1 }, 1280, 720)).toBe(false);
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
