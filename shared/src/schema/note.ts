import { z } from "zod";
import { NOTE_COLORS } from "./palette";
import type { NotePart } from "./part";
import { isEpochMs } from "./time";

export const noteColorSchema = z.enum(NOTE_COLORS);
export const CATEGORIES = ["pro", "perso"] as const;
export type Category = (typeof CATEGORIES)[number];
export const categorySchema = z.enum(CATEGORIES);
export const KINDS = ["offer", "need"] as const;
export type Kind = (typeof KINDS)[number];
export const kindSchema = z.enum(KINDS).nullable();

/** The authorId of notes the facilitator writes; never a participant's id. */
export const FACILITATOR_AUTHOR_ID = "facilitator";

/** Key names inside one note's Y.Map. */
export const NOTE_KEYS = {
  id: "id",
  text: "text",
  color: "color",
  authorId: "authorId",
  authorName: "authorName",
  familyId: "familyId",
  createdAt: "createdAt",
  parts: "parts",
  interested: "interested",
  category: "category",
  kind: "kind",
  stackedInto: "stackedInto",
} as const;

/** A post-it, as readers see it; the `notes` root map holds one Y.Map per note, keyed by id. */
export interface NoteRecord {
  /** Same as its key in `notes`. */
  id: string;
  /** The skill, 1 to 280 characters; last writer wins. */
  text: string;
  /** Post-it colour from NOTE_COLORS. */
  color: (typeof NOTE_COLORS)[number];
  /** participantId of the writer (or "facilitator"); never changes after creation. */
  authorId: string;
  /** Display name of the writer at the time of writing. */
  authorName: string;
  /** The family it is sorted into; null is the unsorted pool. Only the facilitator sets it. */
  familyId: string | null;
  /** Milliseconds since the epoch; orders notes in the pool and in a family. */
  createdAt: number;
  /** Savoirs, savoir-faire and savoir-être; a Y.Array created with the note, never later. */
  parts: NotePart[];
  /** participantIds who marked the note "ça m'intéresse"; a Y.Map created with the note. */
  interested: string[];
  /** Professional or personal skill; absent on notes from clients that did not ask. */
  category?: Category;
  /** "je propose" (offer) or "je cherche" (need); null or absent when neither. */
  kind?: Kind | null;
  /**
   * The id of the note this one is stacked under as a near-duplicate (an optional addition to
   * schema v1; only the facilitator sets it). The note stays whole, with its author, so a
   * stack is one skill with several authors and unstacking loses nothing. Absent, or naming
   * a note that is gone, means the note stands on its own.
   */
  stackedInto?: string;
}

/** The primitive fields of a note's Y.Map; nested types are read separately. */
export const noteFieldsSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  color: noteColorSchema.catch("yellow"),
  authorId: z.string(),
  authorName: z.string().catch(""),
  familyId: z.string().nullable().catch(null),
  createdAt: z.number().refine(isEpochMs).catch(0),
  category: categorySchema.optional().catch(undefined),
  kind: kindSchema.optional().catch(null),
  stackedInto: z.string().min(1).optional().catch(undefined),
});
