import { z } from "zod";
import { TrocInputError } from "../errors";
import { FAMILY_COLORS } from "./palette";

export const familyColorSchema = z.enum(FAMILY_COLORS);

/** Key names inside one family's Y.Map. */
export const FAMILY_KEYS = {
  id: "id",
  name: "name",
  color: "color",
  order: "order",
  createdAt: "createdAt",
  x: "x",
  y: "y",
} as const;

/**
 * How far from the origin a family may sit on the canvas, in canvas units: far beyond any
 * real board, and small enough that a stray value never sends a cluster out of reach.
 */
export const CANVAS_LIMIT = 100_000;

/** A named group of notes; the `families` root map holds one Y.Map per family, keyed by id. */
export interface FamilyRecord {
  /** Same as its key in `families`; notes point at it through `familyId`. */
  id: string;
  /** 1 to 40 characters, shown as the cluster's title. */
  name: string;
  /** Cluster colour from FAMILY_COLORS. */
  color: (typeof FAMILY_COLORS)[number];
  /** Sort position among families; fractional values let a reorder touch one family only. */
  order: number;
  /** Milliseconds since the epoch; breaks ties in `order`. */
  createdAt: number;
  /**
   * Where the facilitator put the cluster on the canvas (canvas units, within ±CANVAS_LIMIT).
   * An optional addition to schema v1: absent on older documents and on families never placed,
   * which the board lays out itself. Readers give x and y together or not at all; each is its
   * own key, so two facilitators dragging at once may mix one's x with the other's y.
   */
  x?: number;
  /** See `x`. */
  y?: number;
}

export const familyRecordSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  color: familyColorSchema.catch("slate"),
  order: z.number().catch(0),
  createdAt: z.number().catch(0),
  x: z.number().optional().catch(undefined),
  y: z.number().optional().catch(undefined),
});

/** Brings a stored coordinate back onto the canvas, for readers of hand-made documents. */
export const clampCoordinate = (value: number): number =>
  Math.min(CANVAS_LIMIT, Math.max(-CANVAS_LIMIT, value));

/** A position given to a command: finite numbers (TrocInputError naming x or y), clamped. */
export function cleanPosition(position: { x?: unknown; y?: unknown }): { x: number; y: number } {
  const coordinate = (field: "x" | "y"): number => {
    const value = position[field];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new TrocInputError(field, `${field} must be a finite number`);
    }
    return clampCoordinate(value);
  };
  return { x: coordinate("x"), y: coordinate("y") };
}
