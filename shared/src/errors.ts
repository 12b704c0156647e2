/**
 * Thrown by every command of the board when its input breaks a rule. `field` names
 * the input that was wrong, so a form can point at it and an API can answer 400.
 */
export class TrocInputError extends Error {
  override readonly name = "TrocInputError";
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Thrown when a command names a note or family that the document does not hold. */
export class TrocNotFoundError extends Error {
  override readonly name = "TrocNotFoundError";
  constructor(
    readonly kind: "note" | "family",
    readonly id: string,
  ) {
    super(`Unknown ${kind}: ${id}`);
  }
}
