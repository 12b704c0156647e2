import { describe, expect, it } from "vitest";
import {
  bestLayout,
  CLUSTER_GAP,
  CLUSTER_WIDTH,
  estimateHeight,
  layoutFamilies,
  newColumnMemory,
} from "./layout";
import type { Rect } from "./viewport";
import { intersects } from "./viewport";

function expectNoOverlap(rects: readonly Rect[]) {
  for (const [i, r] of rects.entries()) {
    for (const other of rects.slice(i + 1)) expect(intersects(r, other)).toBe(false);
  }
}

describe("layoutFamilies", () => {
  it("keeps families where the facilitator put them", () => {
    const rects = layoutFamilies([{ id: "a", x: 500, y: -30 }], () => 200);
    expect(rects.get("a")).toEqual({ x: 500, y: -30, width: CLUSTER_WIDTH, height: 200 });
  });

  it("evens the columns, tallest family first, stacked in board order, without overlaps", () => {
    const heights: Record<string, number> = { a: 600, b: 200, c: 200, d: 200, e: 300, f: 100 };
    const families = Object.keys(heights).map((id) => ({ id }));
    const rects = layoutFamilies(families, (id) => heights[id] ?? 0);
    const column = (id: string) => (rects.get(id)?.x ?? -1) / (CLUSTER_WIDTH + CLUSTER_GAP);
    expect(["a", "b", "c", "d", "e", "f"].map(column)).toEqual([0, 2, 3, 2, 1, 3]);
    expect(["b", "d", "e", "f"].map((id) => rects.get(id)?.y)).toEqual([
      0,
      200 + CLUSTER_GAP,
      0,
      200 + CLUSTER_GAP,
    ]);
    expectNoOverlap([...rects.values()]);
  });

  it("never moves a family to another column when notes change the clusters' heights", () => {
    const families = Array.from({ length: 9 }, (_, i) => ({ id: `f${i}` }));
    const memory = newColumnMemory();
    const columnsOf = (heightOf: (id: string) => number) =>
      [...bestLayout(families, heightOf, 1920, 1080, memory).values()].map((rect) => rect.x);
    const before = columnsOf(() => 400);
    // One family gets every note; the others lose theirs.
    const after = columnsOf((id) => (id === "f0" ? 4000 : 120));
    expect(after).toEqual(before);
    // A new family then goes where there is room: not under the tall one.
    const grown = bestLayout(
      [...families, { id: "new" }],
      (id) => (id === "f0" ? 4000 : 120),
      1920,
      1080,
      memory,
    );
    expect(grown.get("new")?.x).not.toBe(grown.get("f0")?.x);
  });

  it("sets a plenary's tall families side by side, however many, when that shows them biggest", () => {
    const families = Array.from({ length: 25 }, (_, i) => ({ id: `f${i}` }));
    const rects = [...bestLayout(families, () => 6000, 1200, 1000).values()];
    expect(new Set(rects.map((rect) => rect.x)).size).toBe(25);
    expect(rects.every((rect) => rect.y === 0)).toBe(true);
  });

  it("keeps the columns when the canvas changes a little, lays out afresh for another shape", () => {
    const families = Array.from({ length: 9 }, (_, i) => ({ id: `f${i}` }));
    const memory = newColumnMemory();
    const xs = (width: number, height: number, heightOf: (id: string) => number) =>
      [...bestLayout(families, heightOf, width, height, memory).values()].map((rect) => rect.x);
    const before = xs(1600, 1000, () => 400);
    // A header line more (someone connected): same columns, whatever the notes did meanwhile.
    expect(xs(1600, 960, (id) => (id === "f0" ? 4000 : 120))).toEqual(before);
    // The drawer folded: a wider canvas gets more columns.
    expect(new Set(xs(2400, 960, () => 400)).size).toBeGreaterThan(new Set(before).size);
  });

  it("evens the columns afresh at each layout until the memory is frozen, then keeps them", () => {
    const families = Array.from({ length: 6 }, (_, i) => ({ id: `f${i}` }));
    const memory = newColumnMemory(false);
    const xs = (heightOf: (id: string) => number) =>
      [...bestLayout(families, heightOf, 1600, 1000, memory).values()].map((rect) => rect.x);
    const tallFirst = (id: string) => (id === "f0" ? 900 : 300);
    const tallLast = (id: string) => (id === "f5" ? 900 : 300);
    xs(tallFirst);
    // Not frozen: the same as a fresh layout of the new heights.
    expect(xs(tallLast)).toEqual(
      [...bestLayout(families, tallLast, 1600, 1000).values()].map((r) => r.x),
    );
    memory.frozen = true;
    const frozen = xs(tallLast);
    expect(xs(tallFirst)).toEqual(frozen);
  });

  it("pushes a placed cluster below another placed one that grew onto it", () => {
    const families = [
      { id: "low", x: 10, y: 500 },
      { id: "high", x: 0, y: 0 },
    ];
    const rects = layoutFamilies(families, (id) => (id === "high" ? 800 : 200));
    expect(rects.get("high")).toMatchObject({ x: 0, y: 0 });
    expect(rects.get("low")).toMatchObject({ x: 10, y: 800 + CLUSTER_GAP });
    // Short again, it goes back where the facilitator put it.
    expect(layoutFamilies(families, () => 200).get("low")).toMatchObject({ y: 500 });
  });

  it("puts an automatically placed family below a cluster the facilitator placed, not on it", () => {
    const rects = layoutFamilies(
      [{ id: "moved", x: 0, y: 0 }, { id: "a" }, { id: "b" }],
      () => 300,
      1,
    );
    expect(rects.get("a")?.y).toBe(300 + CLUSTER_GAP);
    expectNoOverlap([...rects.values()]);
  });

  it("estimates a cluster from the heights its header and its notes take", () => {
    expect(estimateHeight(36, 900) - estimateHeight(36, 300)).toBe(600);
    expect(estimateHeight(66, 300) - estimateHeight(36, 300)).toBe(30);
    expect(estimateHeight(36, 300)).toBeGreaterThan(336);
    expect(estimateHeight(36, 0)).toBeGreaterThan(estimateHeight(36, 1)); // « Aucun post-it »
  });

  it("picks more columns for a wide canvas than for a tall one", () => {
    const families = Array.from({ length: 10 }, (_, i) => ({ id: `f${i}` }));
    const columns = (width: number, height: number) =>
      new Set([...bestLayout(families, () => 400, width, height).values()].map((r) => r.x)).size;
    expect(columns(1800, 700)).toBeGreaterThan(columns(700, 1200));
    expect(columns(700, 1200)).toBeGreaterThanOrEqual(1);
  });

  it("places in as many columns as asked", () => {
    const rects = layoutFamilies([{ id: "a" }, { id: "b" }, { id: "c" }], () => 100, 2);
    expect(new Set([...rects.values()].map((r) => r.x)).size).toBe(2);
  });
});
