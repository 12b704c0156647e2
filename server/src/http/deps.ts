import type { FastifyReply, FastifyRequest } from "fastify";
import type { Lifecycle } from "../lifecycle";
import type { KeyedRateLimiter } from "../limits/tokenBucket";
import type { Metrics } from "../metrics";
import type { RetentionPolicy } from "../retention";
import type { RoomRegistry } from "../rooms/registry";
import type { Storage } from "../storage/storage";
import { clientAddress } from "./clientAddress";
import { HttpError } from "./json";

/** What the HTTP routes work with. */
export interface ApiDeps {
  storage: Storage;
  rooms: RoomRegistry;
  metrics: Metrics;
  maxBodyBytes: number;
  /** Largest body of `POST /api/workshops`, which may carry a skills map to import. */
  maxImportBytes: number;
  /** Join-code look-ups per client address: guessing a code must be slow. */
  joinLimiter: KeyedRateLimiter;
  /** Participant registrations per client address. */
  registrationLimiter: KeyedRateLimiter;
  /** Workshop creations per client address. */
  creationLimiter: KeyedRateLimiter;
  trustProxy: boolean;
  publicUrl: string | undefined;
  metricsToken: string | undefined;
  lifecycle: Lifecycle;
  retention: RetentionPolicy;
  /** Open sockets by token: a revoked key's are closed. */
  sockets: { closeAll(tokenHash: string, code: number, reason: string): void };
}

/** Refuses with 429 and Retry-After when `limiter` has no token left for the caller's address. */
export function limit(
  request: FastifyRequest,
  reply: FastifyReply,
  limiter: KeyedRateLimiter,
  trustProxy: boolean,
  what: string,
): void {
  const wait = limiter.take(clientAddress(request.raw, trustProxy));
  if (wait === null) return;
  reply.header("retry-after", String(wait));
  throw new HttpError(429, `Too many ${what}, wait a moment`);
}
