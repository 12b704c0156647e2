import type { IncomingMessage } from "node:http";

/**
 * The address rate limits key on: the socket's peer, or the first X-Forwarded-For hop when
 * the operator says a proxy they run sets it (TRUST_PROXY); otherwise anyone could pick theirs.
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? "unknown";
}
