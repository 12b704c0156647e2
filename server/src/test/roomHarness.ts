import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Actor } from "@troc/shared";
import * as encoding from "lib0/encoding";
import type { WebSocket } from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { createLogger } from "../log";
import { createMetrics } from "../metrics";
import { Connection } from "../rooms/connection";
import type { RoomOptions } from "../rooms/room";
import { Room } from "../rooms/room";
import { createMemoryStorage } from "../storage/memoryStorage";
import { openSqliteStorage } from "../storage/sqliteStorage";
import type { Storage } from "../storage/storage";

/**
 * Test support: a room with real SQLite storage and sockets that are plain objects, so the
 * room's pipeline runs without a network or a process (thousands of cases a second).
 */
export interface FakeSocket {
  readonly sent: Uint8Array[];
  closedWith: number | null;
}

export const LIMITS = {
  maxMessageBytes: 1024 * 1024,
  messagesPerSecond: 1e9,
  messageBurst: 1e9,
  maxBufferedBytes: 1e9,
  maxAwarenessBytes: 4096,
  syncRequestsPerMinute: 1e9,
};

export function fakeSocket(): FakeSocket & WebSocket {
  const socket = {
    sent: [] as Uint8Array[],
    closedWith: null as number | null,
    OPEN: 1,
    CLOSING: 2,
    CLOSED: 3,
    bufferedAmount: 0,
    get readyState() {
      return socket.closedWith === null ? 1 : 3;
    },
    send(data: Uint8Array) {
      socket.sent.push(data);
    },
    close(code: number) {
      socket.closedWith = code;
    },
  };
  return socket as unknown as FakeSocket & WebSocket;
}

/** A sync "update" frame carrying `update`, as a client sends it. */
export function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export async function roomHarness(
  initial: Y.Doc,
  options: {
    workshopId?: string;
    /** SQLite in a temp folder (the default, as in production), or memory. */
    storage?: "sqlite" | "memory";
    compactEveryUpdates?: number;
    onStored?: RoomOptions["onStored"];
  } = {},
) {
  const workshopId = options.workshopId ?? "w-harness";
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "troc-room-"));
  const open = (): Storage =>
    options.storage === "memory" ? createMemoryStorage() : openSqliteStorage(dataDir);
  let storage: Storage = open();
  await storage.createWorkshop(
    { id: workshopId, joinCode: "HARNES", facilitatorKeyHash: "x", createdAt: 1 },
    Y.encodeStateAsUpdate(initial),
  );
  const metrics = createMetrics(() => 1);
  const roomOptions = (): RoomOptions => ({
    storage,
    log: createLogger("silent"),
    metrics,
    compactEveryUpdates: options.compactEveryUpdates ?? 200,
    notesPerParticipant: 200,
    onEmpty: () => {},
    ...(options.onStored ? { onStored: options.onStored } : {}),
  });
  let room = await Room.load(workshopId, roomOptions());

  /** A socket in the room for `actor` (a participant with their registered name). */
  const join = (actor: Actor, name: string | null = null, into: Room = room) => {
    const socket = fakeSocket();
    const conn = new Connection(socket, actor, name, LIMITS, metrics);
    const target = into;
    target.join(conn);
    return {
      socket,
      conn,
      /** Sends an update and waits until the room has handled it. */
      async send(update: Uint8Array): Promise<void> {
        target.receive(conn, updateFrame(update));
        await target.drain();
      },
      get closed(): number | null {
        return socket.closedWith;
      },
    };
  };

  return {
    get room(): Room {
      return room;
    },
    join,
    metrics,
    get storage(): Storage {
      return storage;
    },
    /** A second room on the same storage, as another instance of the server would hold. */
    another: (onStored?: RoomOptions["onStored"]): Promise<Room> =>
      Room.load(workshopId, { ...roomOptions(), ...(onStored ? { onStored } : {}) }),
    /** Unloads the room (compacting it) and loads it again from storage, as a restart would. */
    async restart(): Promise<Room> {
      await room.unload();
      await storage.close();
      if (options.storage !== "memory") storage = open();
      room = await Room.load(workshopId, roomOptions());
      return room;
    },
    async close(): Promise<void> {
      await room.unload();
      await storage.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
