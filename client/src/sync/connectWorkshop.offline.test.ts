import "fake-indexeddb/auto";
import { addNote, encodeStoredMessage, readNotes } from "@troc/shared";
import * as decoding from "lib0/decoding";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import { FakeSocket, latestSocket } from "../test/fakeSocket";
import type { WorkshopConnection } from "./connection";
import { connectWorkshop, offlineCopyName } from "./connectWorkshop";

const TOKEN = "token-of-ana-0123456789abcdef";
const opened: WorkshopConnection[] = [];
let workshopCount = 0;
let workshopId = "";

function open(token = TOKEN): WorkshopConnection {
  const connection = connectWorkshop(workshopId, token, {
    WebSocketPolyfill: FakeSocket as unknown as typeof WebSocket,
  });
  opened.push(connection);
  return connection;
}

// IndexedDB works asynchronously, and slowly on a busy machine: wait as long as find* does.
const WAIT = { timeout: 5000 };

/**
 * The socket opens at once, but the provider takes it only once the offline copy is loaded:
 * the server accepts the `count`th socket, and the provider's sync step 1 comes once it has.
 */
async function providerConnects(count: number): Promise<FakeSocket> {
  await vi.waitFor(() => expect(FakeSocket.all).toHaveLength(count), WAIT);
  const socket = latestSocket();
  socket.serverOpens();
  await vi.waitFor(() => expect(socket.sent.length).toBeGreaterThan(0), WAIT);
  return socket;
}

/** The state vector of the provider's sync step 1: what the page holds when it connects. */
function handshakeVector(socket: FakeSocket): Map<number, number> {
  const decoder = decoding.createDecoder(socket.sent[0] ?? new Uint8Array());
  expect(decoding.readVarUint(decoder)).toBe(0); // sync
  expect(decoding.readVarUint(decoder)).toBe(0); // step 1
  return Y.decodeStateVector(decoding.readVarUint8Array(decoder));
}

const texts = (doc: Y.Doc) => readNotes(doc).map((note) => note.text);

/** What the offline copy holds right now, read through a second handle as a reload would. */
async function offlineCopy(token = TOKEN): Promise<{ texts: string[]; stored: unknown }> {
  const doc = new Y.Doc();
  const copy = new IndexeddbPersistence(offlineCopyName(workshopId, token), doc);
  await copy.whenSynced;
  const stored: unknown = await copy.get("stored");
  const result = { texts: texts(doc), stored };
  await copy.destroy();
  doc.destroy();
  return result;
}

/** Waits until IndexedDB has written what the test expects the copy to hold. */
const copyHolds = (expected: string[], token = TOKEN) =>
  vi.waitFor(async () => expect((await offlineCopy(token)).texts).toEqual(expected), WAIT);

beforeEach(() => {
  FakeSocket.all = [];
  workshopId = `w-offline-${++workshopCount}`;
});

afterEach(() => {
  for (const connection of opened.splice(0)) connection.destroy();
});

describe("connectWorkshop's offline copy", () => {
  it("names the copy after the workshop and a digest of the token, never the token", () => {
    const name = offlineCopyName("w1", TOKEN);
    expect(name).toMatch(/^troc:w1:[0-9a-f]{16}$/);
    expect(name).not.toContain(TOKEN.slice(0, 8));
    expect(offlineCopyName("w1", `${TOKEN}x`)).not.toBe(name);
    expect(offlineCopyName("w1", TOKEN)).toBe(name);
  });

  it("shows a note written before a reload again, with no server at all", async () => {
    const first = open();
    await providerConnects(1);
    addNote(first.doc, {
      text: "parler espagnol",
      color: "pink",
      authorId: "p-ana",
      authorName: "Ana",
    });
    await copyHolds(["parler espagnol"]);
    const written = Y.getState(first.doc.store, first.doc.clientID);
    first.destroy();

    const second = open();
    expect(FakeSocket.all).toHaveLength(2); // opening already, while the copy loads
    await vi.waitFor(() => expect(texts(second.doc)).toEqual(["parler espagnol"]), WAIT);
    expect(second.getState().status).toBe("connecting");
    // The socket opened before the copy loaded, yet the handshake comes after it: it tells
    // the server what the copy holds, so the server asks for the note.
    const socket = await providerConnects(2);
    expect(handshakeVector(socket).get(first.doc.clientID)).toBe(written);
  });

  it("keeps one copy per token: another identity on the phone starts empty", async () => {
    const ana = open();
    await providerConnects(1);
    addNote(ana.doc, { text: "yoga", color: "blue", authorId: "p-ana", authorName: "Ana" });
    await copyHolds(["yoga"]);
    ana.destroy();

    const bob = open("token-of-bob-0123456789abcdef");
    await providerConnects(2);
    expect(texts(bob.doc)).toEqual([]);
  });

  it("keeps the server's stored marks across a reload", async () => {
    const first = open();
    await providerConnects(1);
    addNote(first.doc, { text: "chanter", color: "green", authorId: "p-ana", authorName: "Ana" });
    const clock = Y.getState(first.doc.store, first.doc.clientID);
    latestSocket().serverSends(encodeStoredMessage(new Map([[first.doc.clientID, clock]])));
    const writer = first.doc.clientID;
    await vi.waitFor(
      async () => expect(String((await offlineCopy()).stored)).toContain(`${writer},${clock}`),
      WAIT,
    );
    first.destroy();

    const second = open();
    await vi.waitFor(() => expect(second.stored.vector.get(writer)).toBe(clock), WAIT);
  });

  it("works online when IndexedDB never answers: connects after a wait and sends new notes", async () => {
    // Some private modes: the database never opens, and no event ever says so.
    vi.stubGlobal("indexedDB", { open: () => ({}) });
    try {
      const connection = open();
      const socket = await providerConnects(1);
      const before = socket.sent.length;
      addNote(connection.doc, {
        text: "hors copie",
        color: "blue",
        authorId: "p-ana",
        authorName: "Ana",
      });
      // The provider listens to the document again (it did not while the copy was loading).
      expect(socket.sent.length).toBe(before + 1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("throws the copy away when the server refuses a change, before reporting it", async () => {
    const first = open();
    await providerConnects(1);
    addNote(first.doc, { text: "refusé", color: "yellow", authorId: "p-ana", authorName: "Ana" });
    await copyHolds(["refusé"]);
    latestSocket().serverCloses(4403);
    await vi.waitFor(() => expect(first.getState().error).toBe("refused"), WAIT);
    first.destroy();
    expect((await offlineCopy()).texts).toEqual([]);

    const second = open();
    await providerConnects(2);
    expect(texts(second.doc)).toEqual([]);
  });
});
