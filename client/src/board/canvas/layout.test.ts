import { describe, expect, it } from "vitest";
import { bestLayout, CLUSTER_WIDTH, estimateHeight, layoutFamilies } from "./layout";
import { intersects } from "./viewport";

describe("layoutFamilies", () => {
  it("keeps families where the facilitator put them", () => {
    const rects = layoutFamilies([{ id: "a", x: 500, y: -30 }], () => 200);
    expect(rects.get("a")).toEqual({ x: 500, y: -30, width: CLUSTER_WIDTH, height: 200 });
  });

  it("fills the shortest column first, in board order, without overlaps", () => {
    const heights: Record<string, number> = { a: 600, b: 200, c: 200, d: 200, e: 300, f: 100 };
    const families = Object.keys(heights).map((id) => ({ id }));
    const rects = layoutFamilies(families, (id) => heights[id] ?? 0);
    expect(rects.get("a")?.x).toBe(0);
    expect(rects.get("e")?.x).toBe(rects.get("b")?.x);
    expect(rects.get("e")?.y).toBeGreaterThan(200);
    const all = [...rects.values()];
    for (const [i, r] of all.entries()) {
      for (const other of all.slice(i + 1)) expect(intersects(r, other)).toBe(false);
    }
  });

  it("estimates taller clusters for more notes", () => {
    expect(estimateHeight(5)).toBeGreaterThan(estimateHeight(2));
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
