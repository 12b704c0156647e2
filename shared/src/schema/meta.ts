import { z } from "zod";
import { isEpochMs } from "./time";

/** The schema version this code writes and fully understands. */
export const CURRENT_SCHEMA_VERSION = 1;

export const PHASES = ["writing", "sorting", "exchange", "closed"] as const;
export type Phase = (typeof PHASES)[number];
export const phaseSchema = z.enum(PHASES);

/** Key names inside the `meta` root map. */
export const META_KEYS = {
  schemaVersion: "schemaVersion",
  title: "title",
  prompt: "prompt",
  phase: "phase",
  hideOthersWhileWriting: "hideOthersWhileWriting",
  createdAt: "createdAt",
  timerEndsAt: "timerEndsAt",
  timerDurationMs: "timerDurationMs",
  showAuthors: "showAuthors",
  spotlight: "spotlight",
} as const;

/** The workshop's settings, one Y.Map at the document root. Last writer wins per key. */
export interface WorkshopMeta {
  /** Version of the document layout; readers newer than it migrate, older ones go read-only. */
  schemaVersion: number;
  /** Shown on the board and on phones. */
  title: string;
  /** The question participants answer ("Quelles sont vos compétences ?"). */
  prompt: string;
  /** Where the workshop stands; drives what participants may do. */
  phase: Phase;
  /** Silent brainstorm: while writing, participants do not receive each other's notes. */
  hideOthersWhileWriting: boolean;
  /** Milliseconds since the epoch, set once by the creator. */
  createdAt: number;
  /**
   * Optional addition to schema v1: when the facilitator's countdown ends, in milliseconds
   * since the epoch by the facilitator's clock. Absent (or null) when no countdown runs.
   */
  timerEndsAt?: number | null;
  /**
   * Optional addition to schema v1: the countdown's length, written with `timerEndsAt`.
   * A device whose clock runs behind the facilitator's would otherwise show more time left
   * than was ever given; readers clamp to it.
   */
  timerDurationMs?: number;
  /**
   * Optional addition to schema v1: whether boards and phones show who wrote each note.
   * Absent means shown, as before the field existed. Display only: authors stay in the document.
   */
  showAuthors?: boolean;
  /**
   * Optional addition to schema v1: the family or note the facilitator shows the room
   * ("follow me"); phones that follow scroll to it. Absent or null: nothing shown.
   */
  spotlight?: string | null;
}

/** Forgiving reader: missing optional settings fall back to safe defaults. */
export const workshopMetaSchema = z.object({
  schemaVersion: z.number().int().nonnegative(),
  title: z.string(),
  prompt: z.string(),
  phase: phaseSchema.catch("writing"),
  hideOthersWhileWriting: z.boolean().catch(false),
  createdAt: z.number().refine(isEpochMs).catch(0),
  timerEndsAt: z.number().finite().nullable().optional().catch(undefined),
  timerDurationMs: z.number().finite().positive().optional().catch(undefined),
  showAuthors: z.boolean().optional().catch(undefined),
  spotlight: z.string().max(128).nullable().optional().catch(undefined),
});
