/** The last millisecond a date can be written for (ECMAScript's time range). */
const LAST_TIME = 8.64e15;

/**
 * A stored moment (a note's or the workshop's creation): whole milliseconds since the epoch
 * that a date can be written for. A number past that (1e300 is finite) would make every
 * export of the workshop fail.
 */
export const isEpochMs = (value: unknown): value is number =>
  Number.isSafeInteger(value) && Math.abs(value as number) <= LAST_TIME;
