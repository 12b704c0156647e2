import { createHash, randomBytes, randomInt } from "node:crypto";

import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "@troc/shared";

/** A 256-bit random secret, URL-safe: facilitator keys and participant tokens. */
export const newSecret = (): string => randomBytes(32).toString("base64url");

/** A 128-bit random id, URL-safe: workshop and participant ids. */
export const newId = (): string => randomBytes(16).toString("base64url");

/** Ids as newId makes them; anything else is refused before it reaches storage. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** A new join code (shared/protocol/joinCode.ts says what one is). */
export function newJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(32)];
  return code;
}

/** Secrets are stored hashed: a leaked database does not hand out keys. */
export const hashSecret = (secret: string): string =>
  createHash("sha256").update(secret).digest("base64url");
