import type { IncomingMessage } from "node:http";
import type { Actor } from "@troc/shared";
import type { WebSocket } from "ws";
import type { Logger } from "./log";
import type { Connection } from "./rooms/connection";
import { CLOSE } from "./rooms/connection";
import type { RoomRegistry } from "./rooms/registry";
import type { Room } from "./rooms/room";
import { hashSecret, ID_PATTERN } from "./secrets";
import type { Storage } from "./storage/storage";

export interface SocketDeps {
  storage: Storage;
  rooms: RoomRegistry;
  log: Logger;
}

/** `/ws/<workshopId>?token=…`, as y-websocket's provider builds it; null for other paths. */
export function parseSocketUrl(
  rawUrl: string | undefined,
): { workshopId: string; token: string } | null {
  const url = new URL(rawUrl ?? "/", "http://troc.invalid");
  const match = /^\/ws\/([^/]+)$/.exec(url.pathname);
  if (!match?.[1]) return null;
  return { workshopId: decodeURIComponent(match[1]), token: url.searchParams.get("token") ?? "" };
}

async function authenticate(
  workshopId: string,
  token: string,
  storage: Storage,
): Promise<Actor | number> {
  if (!ID_PATTERN.test(workshopId)) return CLOSE.unknownWorkshop;
  const workshop = await storage.findWorkshop(workshopId);
  if (!workshop) return CLOSE.unknownWorkshop;
  if (token === "") return CLOSE.badToken;
  const tokenHash = hashSecret(token);
  if (tokenHash === workshop.facilitatorKeyHash) return { role: "facilitator" };
  const participant = await storage.findParticipantByToken(workshopId, tokenHash);
  if (!participant) return CLOSE.badToken;
  return { role: "participant", participantId: participant.id };
}

/**
 * Takes an upgraded socket: checks its token, then hands it to its room. Frames that arrive
 * while the token is checked and the room loads are held and handled in order.
 */
export function acceptSocket(socket: WebSocket, req: IncomingMessage, deps: SocketDeps): void {
  const target = parseSocketUrl(req.url);
  socket.binaryType = "nodebuffer";
  const held: Uint8Array[] = [];
  let room: Room | null = null;
  let conn: Connection | null = null;
  socket.on("message", (data: Buffer, isBinary: boolean) => {
    if (!isBinary) {
      socket.close(CLOSE.unsupportedData, "binary frames only");
      return;
    }
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (room && conn) room.receive(conn, bytes);
    else held.push(bytes);
  });
  socket.on("close", () => {
    if (room && conn) room.leave(conn);
  });
  socket.on("error", (err) => deps.log.info({ err }, "socket error"));

  if (!target) {
    socket.close(CLOSE.unknownWorkshop, "unknown workshop");
    return;
  }
  void (async () => {
    const actor = await authenticate(target.workshopId, target.token, deps.storage);
    if (typeof actor === "number") {
      socket.close(actor, actor === CLOSE.badToken ? "bad or missing token" : "unknown workshop");
      return;
    }
    const loaded = await deps.rooms.acquire(target.workshopId);
    if (socket.readyState !== socket.OPEN) {
      deps.rooms.releaseIfIdle(loaded);
      return;
    }
    room = loaded;
    conn = { socket, actor, awarenessClients: new Set() };
    room.join(conn);
    for (const bytes of held.splice(0)) room.receive(conn, bytes);
  })().catch((err: unknown) => {
    deps.log.error({ err, workshopId: target.workshopId }, "could not open room");
    socket.close(CLOSE.internalError, "server error");
  });
}
