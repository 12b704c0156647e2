import { z } from "zod";

export const PART_TYPES = ["savoir", "savoir-faire", "savoir-etre"] as const;
export type PartType = (typeof PART_TYPES)[number];
export const partTypeSchema = z.enum(PART_TYPES);

/** Key names inside one part's Y.Map. */
export const PART_KEYS = { type: "type", text: "text" } as const;

/** One sub-item of a skill (a note's `parts` Y.Array holds these as Y.Maps). */
export interface NotePart {
  /** Which kind of knowledge the part describes. */
  type: PartType;
  /** What it is, 1 to 280 characters. */
  text: string;
}

export const notePartSchema = z.object({ type: partTypeSchema, text: z.string() });
