import type { Rect } from "./viewport";
import { boundsOf } from "./viewport";

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
 * Where each family's cluster goes: where the facilitator put it, or else in the next free
 * spot of a masonry of `columnCount` columns (shortest column first), in board order, so a new family
 * never lands on top of another that was placed automatically.
 */
export function layoutFamilies(
  families: readonly PlacedFamily[],
  heightOf: (familyId: string) => number,
  columnCount = 4,
): Map<string, Rect> {
  const placed = new Map<string, Rect>();
  const columns = Array.from({ length: Math.max(1, columnCount) }, () => 0);
  for (const family of families) {
    const height = heightOf(family.id);
    if (family.x !== undefined && family.y !== undefined) {
      placed.set(family.id, { x: family.x, y: family.y, width: CLUSTER_WIDTH, height });
      continue;
    }
    let column = 0;
    for (let i = 1; i < columns.length; i++)
      if ((columns[i] ?? 0) < (columns[column] ?? 0)) column = i;
    const y = columns[column] ?? 0;
    placed.set(family.id, { x: column * (CLUSTER_WIDTH + GAP), y, width: CLUSTER_WIDTH, height });
    columns[column] = y + height + GAP;
  }
  return placed;
}

/**
 * The automatic layout that, fitted into a canvas of `width` × `height`, shows the clusters
 * biggest: a projector's wide screen gets more columns than a laptop's narrow window.
 */
export function bestLayout(
  families: readonly PlacedFamily[],
  heightOf: (familyId: string) => number,
  width: number,
  height: number,
): Map<string, Rect> {
  let best = layoutFamilies(families, heightOf, 1);
  let bestScale = 0;
  for (let columns = 1; columns <= Math.min(8, Math.max(1, families.length)); columns++) {
    const layout = layoutFamilies(families, heightOf, columns);
    const bounds = boundsOf([...layout.values()]);
    if (!bounds || width <= 0 || height <= 0) return layout;
    const scale = Math.min(width / bounds.width, height / bounds.height);
    if (scale > bestScale) {
      best = layout;
      bestScale = scale;
    }
  }
  return best;
}
