import { z } from "zod";
import { FAMILY_COLORS } from "./palette";

export const familyColorSchema = z.enum(FAMILY_COLORS);

/** Key names inside one family's Y.Map. */
export const FAMILY_KEYS = {
  id: "id",
  name: "name",
  color: "color",
  order: "order",
  createdAt: "createdAt",
} as const;

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
}

export const familyRecordSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  color: familyColorSchema.catch("slate"),
  order: z.number().catch(0),
  createdAt: z.number().catch(0),
});
