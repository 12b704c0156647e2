import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * The app's pages: scripts, styles and connections from this origin only (the WebSocket
 * included); images may also be data: and blob: URLs (QR codes, the PNG export); no plugin,
 * no framing by another site (clickjacking a board that holds the facilitator key).
 */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' ws: wss:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * Everything else (the API, exports, health and metrics) is data, never a page: a browser
 * that renders one anyway (an SVG export opened in a tab) runs nothing and loads nothing.
 */
const DATA_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

/** Sets the headers every answer carries, before the route writes its own. */
export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url?.split("?")[0] ?? "/";
  const isData = path.startsWith("/api/") || path === "/healthz" || path === "/metrics";
  res.setHeader("content-security-policy", isData ? DATA_POLICY : PAGE_POLICY);
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("x-frame-options", "DENY");
  // The board's URL carries the facilitator key in its fragment, which browsers never send;
  // no referrer at all keeps even workshop ids out of other sites' logs.
  res.setHeader("referrer-policy", "no-referrer");
  res.setHeader("cross-origin-opener-policy", "same-origin");
}
