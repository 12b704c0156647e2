import type { Logger } from "pino";
import { pino } from "pino";

export type { Logger };

/**
 * JSON logs on stdout. Tokens and keys travel only in query strings, headers and bodies;
 * none of those is ever logged (the redact list is a second guard).
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: ["token", "facilitatorKey", "participantToken", "req.headers.authorization"],
  });
}
