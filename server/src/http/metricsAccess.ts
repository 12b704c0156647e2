import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { bearerToken } from "./bearer";
import { clientAddress } from "./clientAddress";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * Who may read /metrics: with METRICS_TOKEN set, whoever sends it as a bearer token;
 * without, only this machine (a Prometheus beside the server). Behind a proxy (TRUST_PROXY)
 * the forwarded address counts, so the proxy does not make everyone local.
 */
export function mayReadMetrics(
  req: IncomingMessage,
  options: { token: string | undefined; trustProxy: boolean },
): boolean {
  if (options.token !== undefined) {
    const given = Buffer.from(bearerToken(req) ?? "");
    const expected = Buffer.from(options.token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
  return LOOPBACK.has(clientAddress(req, options.trustProxy));
}
