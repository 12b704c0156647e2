import type { z } from "zod";
import { TrocInputError } from "../errors";

/** Text limits of schema v1, in characters after trimming. */
export const LIMITS = {
  noteText: { min: 1, max: 280 },
  familyName: { min: 1, max: 40 },
  partText: { min: 1, max: 280 },
  workshopTitle: { min: 1, max: 120 },
  workshopPrompt: { min: 1, max: 280 },
  personName: { min: 1, max: 40 },
  /** A participant's email or phone: kept on the server, never in the document. */
  contact: { min: 3, max: 120 },
} as const;

/**
 * Characters nobody types on purpose that change how other text reads: control characters
 * (line breaks and tabs aside), and the bidirectional embeddings, overrides and isolates, one
 * of which can turn the rest of a post-it, and its author's name, backwards on the board.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` without its invisible controls, trimmed: what the commands store. */
export const withoutControls = (text: string): string =>
  text.replace(INVISIBLE_CONTROLS, "").trim();

/** A text's length as people count it: an emoji is one character. */
const lengthOf = (text: string): number => [...text].length;

/**
 * Text as the commands write it (see cleanText): trimmed, without invisible controls, and
 * within the limits. The server's check of what a participant writes.
 */
export function isCleanText(value: unknown, limits: { min: number; max: number }): boolean {
  if (typeof value !== "string" || value !== withoutControls(value)) return false;
  const length = lengthOf(value);
  return length >= limits.min && length <= limits.max;
}

/**
 * Drops invisible controls, trims `value` and checks its length in user-perceived characters
 * (emoji count once).
 */
export function cleanText(
  field: string,
  value: unknown,
  limits: { readonly min: number; readonly max: number },
): string {
  if (typeof value !== "string") throw new TrocInputError(field, `${field} must be text`);
  const text = withoutControls(value);
  const length = lengthOf(text);
  if (length < limits.min) throw new TrocInputError(field, `${field} must not be empty`);
  if (length > limits.max) {
    throw new TrocInputError(field, `${field} must be at most ${limits.max} characters`);
  }
  return text;
}

/** Checks `value` against a zod enum-like schema and throws a TrocInputError naming `field`. */
export function oneOf<T>(field: string, schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new TrocInputError(field, `${field} is not one of the allowed values`);
  }
  return parsed.data;
}
