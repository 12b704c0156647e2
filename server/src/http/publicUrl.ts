import type { IncomingMessage } from "node:http";
import os from "node:os";

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i;

/** The machine's first non-internal IPv4 address: what phones on the room's Wi-Fi can reach. */
export function lanAddress(interfaces = os.networkInterfaces()): string | null {
  for (const list of Object.values(interfaces)) {
    for (const entry of list ?? []) {
      if (entry.family === "IPv4" && !entry.internal) return entry.address;
    }
  }
  return null;
}

/**
 * The base URL that join links and QR codes point at: PUBLIC_URL when set; otherwise the
 * request's own host, except that a board opened on `localhost` gets the machine's LAN
 * address, since a phone cannot reach the projector's localhost.
 */
export function publicBaseUrl(
  req: IncomingMessage,
  options: { publicUrl: string | undefined; trustProxy: boolean; lan?: string | null },
): string {
  if (options.publicUrl) return options.publicUrl;
  const forwardedProto = options.trustProxy ? req.headers["x-forwarded-proto"] : undefined;
  const proto = forwardedProto === "https" ? "https" : "http";
  const host = req.headers.host ?? "localhost";
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host);
  const hostname = match?.[1] ?? "localhost";
  const port = match?.[2];
  if (LOOPBACK.test(hostname)) {
    const lan = options.lan === undefined ? lanAddress() : options.lan;
    if (lan) return `${proto}://${lan}${port ? `:${port}` : ""}`;
  }
  return `${proto}://${host}`;
}
