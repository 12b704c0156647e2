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

/** Trims `value` and checks its length in user-perceived characters (emoji count once). */
export function cleanText(
  field: string,
  value: unknown,
  limits: { readonly min: number; readonly max: number },
): string {
  if (typeof value !== "string") throw new TrocInputError(field, `${field} must be text`);
  const text = value.trim();
  const length = [...text].length;
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
