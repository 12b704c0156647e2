import { TrocInputError } from "@troc/shared";
import { ApiError } from "./api";
import { strings } from "./strings";

/** The sentence to show for a failed action: French for input rules, the server's own text otherwise. */
export function describeError(error: unknown): string {
  if (error instanceof TrocInputError) return strings.errors.input[error.field] ?? error.message;
  if (error instanceof ApiError) return error.message;
  return strings.errors.unexpected;
}
