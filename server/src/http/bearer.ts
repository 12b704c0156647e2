import type { IncomingMessage } from "node:http";

/** The secret of an `Authorization: Bearer <secret>` header, or null. */
export function bearerToken(req: IncomingMessage): string | null {
  return /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1] ?? null;
}
