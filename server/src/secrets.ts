import { createHash, randomBytes, randomInt } from "node:crypto";

/** Letters and digits that cannot be confused when read aloud or typed (no I, O, 0, 1). */
const JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

/** A 256-bit random secret, URL-safe: facilitator keys and participant tokens. */
export const newSecret = (): string => randomBytes(32).toString("base64url");

/** A 128-bit random id, URL-safe: workshop and participant ids. */
export const newId = (): string => randomBytes(16).toString("base64url");

/** Ids as newId makes them; anything else is refused before it reaches storage. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** A short code people type on a phone: 32^6, about a billion, guessing is rate-limited. */
export function newJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(32)];
  return code;
}

/** Uppercases and drops spaces and dashes, so "abc-d23" finds "ABCD23". */
export const normalizeJoinCode = (raw: string): string => raw.toUpperCase().replace(/[\s-]/g, "");

/** Secrets are stored hashed: a leaked database does not hand out keys. */
export const hashSecret = (secret: string): string =>
  createHash("sha256").update(secret).digest("base64url");
