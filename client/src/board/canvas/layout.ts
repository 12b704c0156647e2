import type { Rect } from "./viewport";
import { intersects } from "./viewport";

/** Width of a family cluster on the canvas, in canvas pixels (two post-its side by side). */
export const CLUSTER_WIDTH = 360;
const GAP = 40;

/** A cluster's height before it has been measured: header plus rows of two notes. */
export const estimateHeight = (noteCount: number): number => 96 + Math.ceil(noteCount / 2) * 130;

export interface PlacedFamily {
  id: string;
  /** Set once the facilitator moved the cluster; otherwise it is placed automatically. */
  x?: number | undefined;
  y?: number | undefined;
}

/**
 * Where each family's cluster goes: where the facilitator put it, or else in a column of its
 * own for good: the automatically placed families take the columns in turn, in board order,
 * and stack down each column. A cluster that grows pushes down only those below it in its
 * column; none ever changes column because notes moved (issue 13: clusters jumped from the
 * third column to the first after one sort). Nor does one land on a cluster the facilitator
 * placed: it goes below it.
 */
export function layoutFamilies(
  families: readonly PlacedFamily[],
  heightOf: (familyId: string) => number,
  columnCount = 4,
): Map<string, Rect> {
  const placed = new Map<string, Rect>();
  const fixed: Rect[] = [];
  for (const family of families) {
    if (family.x === undefined || family.y === undefined) continue;
    const rect = { x: family.x, y: family.y, width: CLUSTER_WIDTH, height: heightOf(family.id) };
    placed.set(family.id, rect);
    fixed.push(rect);
  }
  const columns = Array.from({ length: Math.max(1, columnCount) }, () => 0);
  let next = 0;
  for (const family of families) {
    if (placed.has(family.id)) continue;
    const column = next++ % columns.length;
    const rect = {
      x: column * (CLUSTER_WIDTH + GAP),
      y: columns[column] ?? 0,
      width: CLUSTER_WIDTH,
      height: heightOf(family.id),
    };
    for (let blocker = overlapped(rect, fixed); blocker; blocker = overlapped(rect, fixed))
      rect.y = blocker.y + blocker.height + GAP;
    placed.set(family.id, rect);
    columns[column] = rect.y + rect.height + GAP;
  }
  return placed;
}

const overlapped = (rect: Rect, others: readonly Rect[]): Rect | undefined =>
  others.find((other) => intersects(rect, other));

/** The height the column count is chosen for: a family of about eight notes. */
const TYPICAL_HEIGHT = estimateHeight(8);

/**
 * The automatic layout whose columns, fitted into a canvas of `width` × `height`, show the
 * clusters biggest: a projector's wide screen gets more columns than a laptop's narrow
 * window. The count depends on how many families there are, not on their heights, so sorting
 * notes never changes it.
 */
export function bestLayout(
  families: readonly PlacedFamily[],
  heightOf: (familyId: string) => number,
  width: number,
  height: number,
): Map<string, Rect> {
  let best = 1;
  let bestScale = 0;
  const count = Math.max(1, families.length);
  for (let columns = 1; columns <= Math.min(8, count); columns++) {
    const rows = Math.ceil(count / columns);
    const scale = Math.min(
      width / (columns * (CLUSTER_WIDTH + GAP)),
      height / (rows * (TYPICAL_HEIGHT + GAP)),
    );
    if (scale > bestScale) {
      best = columns;
      bestScale = scale;
    }
  }
  return layoutFamilies(families, heightOf, best);
}
