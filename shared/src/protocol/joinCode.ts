/** Letters and digits that cannot be confused when read aloud or typed (no I, O, 0, 1). */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/** A short code people type on a phone: 32^6, about a billion; guessing it is rate-limited. */
export const JOIN_CODE_LENGTH = 6;

/**
 * How a typed join code is compared, on the phone and on the server alike: upper case,
 * without spaces or dashes, so "abc-d23" and "ABC D23" find "ABCD23".
 */
export const normalizeJoinCode = (raw: string): string => raw.toUpperCase().replace(/[\s-]/g, "");
