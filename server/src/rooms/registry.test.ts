import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createLogger } from "../log";
import { createMetrics } from "../metrics";
import type { Storage } from "../storage/storage";
import { RoomRegistry } from "./registry";
import { Room } from "./room";

function countingStorage() {
  const calls = { load: 0, compact: 0 };
  const doc = new Y.Doc();
  doc.getMap("meta").set("schemaVersion", 1);
  const storage = {
    async loadDocument() {
      calls.load += 1;
      await new Promise((r) => setTimeout(r, 20)); // a slow disk: both sockets arrive meanwhile
      return {
        snapshot: null,
        updates: [Y.encodeStateAsUpdate(doc)],
        lastSeq: 0,
        owners: new Map(),
      };
    },
    async addOwners() {},
    async compact() {
      calls.compact += 1;
    },
    async appendUpdates() {},
  } as unknown as Storage;
  return { storage, calls };
}

const registry = (storage: Storage, unloadGraceMs = 20) =>
  new RoomRegistry({
    storage,
    log: createLogger("silent"),
    metrics: createMetrics(() => 0),
    unloadGraceMs,
    compactEveryUpdates: 100,
    notesPerParticipant: 10,
  });

describe("RoomRegistry", () => {
  it("loads a room once for connections arriving together", async () => {
    const { storage, calls } = countingStorage();
    const rooms = registry(storage);
    const [a, b] = await Promise.all([rooms.acquire("w1"), rooms.acquire("w1")]);
    expect(a).toBe(b);
    expect(calls.load).toBe(1);
  });

  it("unloads an idle room after the grace period and loads it again on the next use", async () => {
    const { storage, calls } = countingStorage();
    const rooms = registry(storage);
    const first = await rooms.withRoom("w1", (room) => room);
    expect(rooms.loadedCount).toBe(1);
    await new Promise((r) => setTimeout(r, 80));
    expect(rooms.loadedCount).toBe(0);
    const second = await rooms.acquire("w1");
    expect(second).not.toBe(first);
    expect(calls.load).toBe(2);
  });
});

describe("Room loading", () => {
  it("migrates an old document forward once and stores the migration before serving", async () => {
    const old = new Y.Doc();
    old.getMap("meta").set("schemaVersion", 0);
    old.getMap("meta").set("question", "Quelles sont vos compétences ?");
    const appended: Uint8Array[] = [];
    const storage = {
      async loadDocument() {
        return {
          snapshot: null,
          updates: [Y.encodeStateAsUpdate(old), ...appended],
          lastSeq: 0,
          owners: new Map(),
        };
      },
      async appendUpdates(updates: { update: Uint8Array }[]) {
        appended.push(...updates.map((u) => u.update));
        return updates.map((_, i) => appended.length + i);
      },
      async addOwners() {},
      async compact() {},
    } as unknown as Storage;
    const fakeV0toV1 = {
      from: 0,
      up(doc: Y.Doc) {
        doc.getMap("meta").set("prompt", doc.getMap("meta").get("question"));
      },
    };
    const options = {
      storage,
      log: createLogger("silent"),
      metrics: createMetrics(() => 0),
      compactEveryUpdates: 100,
      notesPerParticipant: 10,
      migrations: [fakeV0toV1],
      onEmpty: () => {},
    };
    const room = await Room.load("w1", options);
    expect(room.doc.getMap("meta").toJSON()).toMatchObject({
      schemaVersion: 1,
      prompt: "Quelles sont vos compétences ?",
    });
    expect(room.readOnly).toBe(false);
    expect(appended.length).toBeGreaterThan(0);

    // Loaded again (say after a restart), the stored document is already v1: no new writes.
    const count = appended.length;
    const again = await Room.load("w1", options);
    expect(again.doc.getMap("meta").get("schemaVersion")).toBe(1);
    expect(appended.length).toBe(count);
  });
});

describe("Room loading from damaged storage", () => {
  it("skips an unreadable stored update, opens the rest read-only and never compacts over it", async () => {
    const good = new Y.Doc();
    good.getMap("meta").set("schemaVersion", 1);
    good.getMap("notes").set("n1", "kept");
    const storage = {
      async loadDocument() {
        return {
          snapshot: null,
          updates: [Y.encodeStateAsUpdate(good), new Uint8Array([0, 2, 3, 1, 2, 3])],
          lastSeq: 0,
          owners: new Map(),
        };
      },
      async appendUpdates() {
        return [];
      },
      async addOwners() {},
      async compact() {
        compacted += 1;
      },
    } as unknown as Storage;
    let compacted = 0;
    const room = await Room.load("w1", {
      storage,
      log: createLogger("silent"),
      metrics: createMetrics(() => 0),
      compactEveryUpdates: 100,
      notesPerParticipant: 10,
      onEmpty: () => {},
    });
    expect(room.doc.getMap("notes").get("n1")).toBe("kept");
    // Reported, and never compacted over: the unreadable row stays for someone to rescue.
    expect(room.readOnly).toBe(true);
    await room.unload();
    expect(compacted).toBe(0);
  });
});
