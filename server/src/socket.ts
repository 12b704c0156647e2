import type { IncomingMessage } from "node:http";
import type { Actor } from "@troc/shared";
import type { WebSocket } from "ws";
import { facilitatorRole } from "./facilitatorKeys";
import { decodePathSegment } from "./http/pathSegment";
import type { Logger } from "./log";
import type { Metrics } from "./metrics";
import type { ConnectionLimits } from "./rooms/connection";
import { CLOSE, Connection } from "./rooms/connection";
import type { RoomRegistry } from "./rooms/registry";
import type { Room } from "./rooms/room";
import { hashSecret, ID_PATTERN } from "./secrets";
import type { Storage } from "./storage/storage";

export interface SocketDeps {
  storage: Storage;
  rooms: RoomRegistry;
  log: Logger;
  metrics: Metrics;
  limits: ConnectionLimits;
  /** Open sockets per token, and how many one token may hold. */
  perToken: SocketsPerToken;
}

/**
 * Counts open sockets per token, so one leaked or scripted token cannot open hundreds; and
 * knows every socket that came with a token, so that revoking a key closes them all.
 */
export class SocketsPerToken {
  private readonly open = new Map<string, number>();
  private readonly sockets = new Map<string, Set<WebSocket>>();
  constructor(readonly max: number) {}

  /** Remembers a socket under its token's hash from its first moment, before any check. */
  track(tokenHash: string, socket: WebSocket): void {
    const set = this.sockets.get(tokenHash) ?? new Set();
    set.add(socket);
    this.sockets.set(tokenHash, set);
  }

  untrack(tokenHash: string, socket: WebSocket): void {
    const set = this.sockets.get(tokenHash);
    set?.delete(socket);
    if (set?.size === 0) this.sockets.delete(tokenHash);
  }

  /** Closes every socket that came with this token (a revoked key): checked, or being checked. */
  closeAll(tokenHash: string, code: number, reason: string): void {
    for (const socket of this.sockets.get(tokenHash) ?? []) socket.close(code, reason);
  }

  /** Counts a socket in; false when the token already holds `max`. */
  take(tokenHash: string): boolean {
    const count = this.open.get(tokenHash) ?? 0;
    if (count >= this.max) return false;
    this.open.set(tokenHash, count + 1);
    return true;
  }

  release(tokenHash: string): void {
    const count = (this.open.get(tokenHash) ?? 1) - 1;
    if (count > 0) this.open.set(tokenHash, count);
    else this.open.delete(tokenHash);
  }
}

/** `/ws/<workshopId>?token=…`, as y-websocket's provider builds it; null for other paths. */
export function parseSocketUrl(
  rawUrl: string | undefined,
): { workshopId: string; token: string } | null {
  // Only the path matters; a request line like "//[" is no URL at all, and must not throw
  // inside the upgrade handler (that would take the process down).
  let url: URL;
  try {
    url = new URL(rawUrl ?? "/", "http://troc.invalid");
  } catch {
    return null;
  }
  const match = /^\/ws\/([^/]+)$/.exec(url.pathname);
  if (!match?.[1]) return null;
  const workshopId = decodePathSegment(match[1]);
  return workshopId === null ? null : { workshopId, token: url.searchParams.get("token") ?? "" };
}

interface Identity {
  actor: Actor;
  /** The participant's registered name; null for the facilitator. */
  name: string | null;
  tokenHash: string;
}

async function authenticate(
  workshopId: string,
  tokenHash: string | null,
  storage: Storage,
): Promise<Identity | number> {
  if (!ID_PATTERN.test(workshopId)) return CLOSE.unknownWorkshop;
  const workshop = await storage.findWorkshop(workshopId);
  if (!workshop) return CLOSE.unknownWorkshop;
  if (tokenHash === null) return CLOSE.badToken;
  // Phones are most sockets: their token is looked up before co-facilitator links.
  if (tokenHash !== workshop.facilitatorKeyHash) {
    const participant = await storage.findParticipantByToken(workshopId, tokenHash);
    if (participant)
      return {
        actor: { role: "participant", participantId: participant.id },
        name: participant.name,
        tokenHash,
      };
  }
  // The workshop's own key, or a co-facilitator link's: the same rights on the board.
  if ((await facilitatorRole(storage, workshop, tokenHash)) === null) return CLOSE.badToken;
  return { actor: { role: "facilitator" }, name: null, tokenHash };
}

/** Frames a socket may send before its token is checked and its room loaded. */
const MAX_HELD_FRAMES = 64;

/**
 * Takes an upgraded socket: checks its token, then hands it to its room. Frames that arrive
 * while the token is checked and the room loads are held (a few) and handled in order.
 */
export function acceptSocket(socket: WebSocket, req: IncomingMessage, deps: SocketDeps): void {
  const target = parseSocketUrl(req.url);
  socket.binaryType = "nodebuffer";
  const held: Uint8Array[] = [];
  let room: Room | null = null;
  let conn: Connection | null = null;
  let counted: string | null = null;
  deps.metrics.connections.inc();
  socket.on("message", (data: Buffer, isBinary: boolean) => {
    if (!isBinary) {
      socket.close(CLOSE.unsupportedData, "binary frames only");
      return;
    }
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (room && conn) {
      if (conn.admit(bytes.byteLength)) room.receive(conn, bytes);
    } else if (held.length >= MAX_HELD_FRAMES) {
      socket.close(CLOSE.tooMany, "too many messages before the room was ready");
    } else {
      held.push(bytes);
    }
  });
  const tokenHash = target && target.token !== "" ? hashSecret(target.token) : null;
  if (tokenHash !== null) deps.perToken.track(tokenHash, socket);
  socket.on("close", () => {
    if (tokenHash !== null) deps.perToken.untrack(tokenHash, socket);
    deps.metrics.connections.dec();
    if (counted !== null) deps.perToken.release(counted);
    if (room && conn) room.leave(conn);
  });
  socket.on("error", (err) => deps.log.info({ err: err.message }, "socket error"));

  if (!target) {
    socket.close(CLOSE.unknownWorkshop, "unknown workshop");
    return;
  }
  void (async () => {
    const identity = await authenticate(target.workshopId, tokenHash, deps.storage);
    if (typeof identity === "number") {
      socket.close(
        identity,
        identity === CLOSE.badToken ? "bad or missing token" : "unknown workshop",
      );
      return;
    }
    if (socket.readyState !== socket.OPEN) return;
    if (!deps.perToken.take(identity.tokenHash)) {
      socket.close(CLOSE.tooMany, "too many connections with this token");
      return;
    }
    counted = identity.tokenHash;
    const loaded = await deps.rooms.acquire(target.workshopId);
    if (socket.readyState !== socket.OPEN) {
      deps.rooms.releaseIfIdle(loaded);
      return;
    }
    room = loaded;
    conn = new Connection(socket, identity.actor, identity.name, deps.limits, deps.metrics);
    room.join(conn);
    for (const bytes of held.splice(0)) if (conn.admit(bytes.byteLength)) room.receive(conn, bytes);
  })().catch((err: unknown) => {
    deps.log.error({ err, workshopId: target.workshopId }, "could not open room");
    socket.close(CLOSE.internalError, "server error");
  });
}
