import type { Rect } from "./viewport";
import { intersects } from "./viewport";

/** Width of a family cluster on the canvas, in canvas pixels (two post-its side by side). */
export const CLUSTER_WIDTH = 420;
/** Space between clusters, in canvas pixels. */
export const CLUSTER_GAP = 24;
/**
 * Columns a layout may have: a plenary's 25 families of 80 notes shown side by side fill a
 * projector at about 10 % (tiles, see detail.ts); 8 columns made them a strip at 3 %.
 */
const MOST_COLUMNS = 32;

/** Around a cluster's header and notes, as Chromium draws it: padding, border, gap (measured). */
const CLUSTER_FRAME = 25;
/** The line an empty family shows instead of notes. */
const EMPTY_LINE = 24;

/**
 * A cluster's height before it has been measured, from its header's and its notes' (noteHeights.ts;
 * 0 for no notes): the board's first layout is then about the one its measures give.
 */
export const estimateHeight = (headerHeight: number, notesHeight: number): number =>
  CLUSTER_FRAME + headerHeight + (notesHeight > 0 ? notesHeight : EMPTY_LINE);

export interface PlacedFamily {
  id: string;
  /** Set once the facilitator moved the cluster; otherwise it is placed automatically. */
  x?: number | undefined;
  y?: number | undefined;
}

/**
 * Which column each automatically placed family was given, kept by the board: a family keeps
 * its column whatever its notes do, and when a new family adds a column. Only a canvas of
 * another shape (a resized window, full screen) lays the board out afresh.
 */
export interface ColumnMemory {
  /** The canvas's size when the columns were given. */
  width: number;
  height: number;
  columns: number;
  readonly of: Map<string, number>;
  /**
   * Kept from one layout to the next. A board's memory is not until its first "Tout voir"
   * (every height known): until then each layout evens the columns afresh.
   */
  frozen: boolean;
}

export const newColumnMemory = (frozen = true): ColumnMemory => ({
  width: 0,
  height: 0,
  columns: 1,
  of: new Map(),
  frozen,
});

/**
 * A canvas of another shape (full screen, the drawer folded, another window size) may be laid
 * out afresh; a header line more or less (someone connects, a countdown starts) never is.
 */
const RESHAPED = 0.1;
const reshaped = (before: number, now: number): boolean =>
  Math.abs(now - before) > RESHAPED * Math.max(before, 1);

/**
 * Where each family's cluster goes: where the facilitator put it, or else in a column of its
 * own for good. A family seen for the first time takes the shortest column (so columns stay
 * even and "Tout voir" shows the notes large); after that, it never changes column because
 * notes moved (issue 13: clusters jumped from the third column to the first after one sort),
 * and a cluster that grows pushes down only those below it in its column. Nor does one land on
 * a cluster the facilitator placed: it goes below it.
 */
export function layoutFamilies(
  families: readonly PlacedFamily[],
  heightOf: (familyId: string) => number,
  columnCount = 4,
  memory: ColumnMemory = newColumnMemory(),
): Map<string, Rect> {
  const placed = new Map<string, Rect>();
  const fixed: Rect[] = [];
  // Top to bottom: a placed cluster that grew onto the next one down pushes it below itself
  // (shown there, not moved in the document), so clusters never overlap whatever their size.
  const byTop = families
    .filter((family) => family.x !== undefined && family.y !== undefined)
    .sort((a, b) => (a.y ?? 0) - (b.y ?? 0));
  for (const family of byTop) {
    const rect = {
      x: family.x ?? 0,
      y: family.y ?? 0,
      width: CLUSTER_WIDTH,
      height: heightOf(family.id),
    };
    for (let blocker = overlapped(rect, fixed); blocker; blocker = overlapped(rect, fixed))
      rect.y = blocker.y + blocker.height + CLUSTER_GAP;
    placed.set(family.id, rect);
    fixed.push(rect);
  }
  const count = Math.max(1, columnCount);
  for (const [id, column] of memory.of) if (column >= count) memory.of.delete(id);
  const automatic = families.filter((family) => !placed.has(family.id));
  assignColumns(automatic, heightOf, count, memory.of);
  const columns = Array.from({ length: count }, () => 0);
  for (const family of automatic) {
    const column = memory.of.get(family.id) ?? 0;
    const rect = {
      x: column * (CLUSTER_WIDTH + CLUSTER_GAP),
      y: columns[column] ?? 0,
      width: CLUSTER_WIDTH,
      height: heightOf(family.id),
    };
    for (let blocker = overlapped(rect, fixed); blocker; blocker = overlapped(rect, fixed))
      rect.y = blocker.y + blocker.height + CLUSTER_GAP;
    placed.set(family.id, rect);
    columns[column] = rect.y + rect.height + CLUSTER_GAP;
  }
  return placed;
}

/**
 * Gives the families without a column the least loaded one, tallest first (a board opened with
 * its families already full gets even columns, not whatever board order would give).
 */
function assignColumns(
  families: readonly PlacedFamily[],
  heightOf: (familyId: string) => number,
  count: number,
  columnOf: Map<string, number>,
): void {
  const loads = Array.from({ length: count }, () => 0);
  const unassigned: { id: string; height: number }[] = [];
  for (const { id } of families) {
    const height = heightOf(id) + CLUSTER_GAP;
    const column = columnOf.get(id);
    if (column === undefined) unassigned.push({ id, height });
    else loads[column] = (loads[column] ?? 0) + height;
  }
  unassigned.sort((a, b) => b.height - a.height);
  for (const { id, height } of unassigned) {
    const column = shortest(loads);
    columnOf.set(id, column);
    loads[column] = (loads[column] ?? 0) + height;
  }
}

/** The column whose bottom is highest; the leftmost of equals. */
const shortest = (bottoms: readonly number[]): number =>
  bottoms.reduce((best, bottom, i) => (bottom < (bottoms[best] ?? 0) ? i : best), 0);

const overlapped = (rect: Rect, others: readonly Rect[]): Rect | undefined =>
  others.find((other) => intersects(rect, other));

/**
 * The automatic layout whose columns, fitted into a canvas of `width` × `height`, show the
 * clusters biggest: a projector's wide screen gets more columns than a laptop's narrow
 * window, a board full of notes more than an empty one. While the canvas keeps its shape the
 * count never goes down (unless families go): a column taken away would move its families.
 */
export function bestLayout(
  families: readonly PlacedFamily[],
  heightOf: (familyId: string) => number,
  width: number,
  height: number,
  memory = newColumnMemory(),
): Map<string, Rect> {
  if (!memory.frozen) memory.of.clear();
  const heights = families.map((family) => heightOf(family.id) + CLUSTER_GAP).sort((a, b) => b - a);
  let best = 1;
  let bestScale = 0;
  const most = Math.min(MOST_COLUMNS, Math.max(1, families.length));
  for (let columns = 1; columns <= most; columns++) {
    const scale = Math.min(
      width / (columns * (CLUSTER_WIDTH + CLUSTER_GAP)),
      height / tallestColumn(heights, columns),
    );
    if (scale > bestScale) {
      best = columns;
      bestScale = scale;
    }
  }
  // Another shape that wants another column count lays the board out afresh; otherwise the
  // families keep their columns (a count only grows, for new families).
  if (reshaped(memory.width, width) || reshaped(memory.height, height)) {
    memory.width = width;
    memory.height = height;
    if (best !== memory.columns) memory.of.clear();
    memory.columns = best;
  }
  memory.columns = Math.min(most, Math.max(best, memory.columns));
  return layoutFamilies(families, heightOf, memory.columns, memory);
}

/** The tallest column's height when clusters of these heights (tallest first) even them out. */
function tallestColumn(heights: readonly number[], columns: number): number {
  const loads = Array.from({ length: columns }, () => 0);
  for (const height of heights) {
    const column = shortest(loads);
    loads[column] = (loads[column] ?? 0) + height;
  }
  return Math.max(...loads);
}
