import type { Actor } from "@troc/shared";
import type { WebSocket } from "ws";

/** One authenticated WebSocket inside a room. */
export interface Connection {
  readonly socket: WebSocket;
  /** Who is on the other end, as proven by their token; what the permission rules check. */
  readonly actor: Actor;
  /** Awareness client ids this socket has spoken for; removed when it closes. */
  readonly awarenessClients: Set<number>;
}

/** WebSocket close codes of the contract (DESIGN.md). */
export const CLOSE = {
  goingAway: 1001,
  unsupportedData: 1003,
  invalidPayload: 1007,
  internalError: 1011,
  badToken: 4401,
  forbidden: 4403,
  unknownWorkshop: 4404,
  tooLarge: 4413,
  tooMany: 4429,
} as const;

/** Sends if the socket is still open; a closed socket's messages are dropped, not queued. */
export function send(conn: Connection, message: Uint8Array): void {
  if (conn.socket.readyState === conn.socket.OPEN) conn.socket.send(message);
}
