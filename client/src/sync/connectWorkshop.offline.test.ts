import "fake-indexeddb/auto";
import { addNote, encodeStoredMessage, readNotes } from "@troc/shared";
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

/** The provider opens its socket only once the offline copy is loaded. */
const socketsOpened = (count: number) =>
  vi.waitFor(() => expect(FakeSocket.all).toHaveLength(count), WAIT);

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
    await socketsOpened(1);
    addNote(first.doc, {
      text: "parler espagnol",
      color: "pink",
      authorId: "p-ana",
      authorName: "Ana",
    });
    await copyHolds(["parler espagnol"]);
    first.destroy();

    const second = open();
    // Loaded before the socket opens, so the sync handshake tells the server what it holds.
    await socketsOpened(2);
    expect(texts(second.doc)).toEqual(["parler espagnol"]);
    expect(second.getState().status).toBe("connecting");
  });

  it("keeps one copy per token: another identity on the phone starts empty", async () => {
    const ana = open();
    await socketsOpened(1);
    addNote(ana.doc, { text: "yoga", color: "blue", authorId: "p-ana", authorName: "Ana" });
    await copyHolds(["yoga"]);
    ana.destroy();

    const bob = open("token-of-bob-0123456789abcdef");
    await socketsOpened(2);
    expect(texts(bob.doc)).toEqual([]);
  });

  it("keeps the server's stored marks across a reload", async () => {
    const first = open();
    await socketsOpened(1);
    addNote(first.doc, { text: "chanter", color: "green", authorId: "p-ana", authorName: "Ana" });
    latestSocket().serverOpens();
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
      await socketsOpened(1);
      const socket = latestSocket();
      socket.serverOpens();
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
    await socketsOpened(1);
    latestSocket().serverOpens();
    addNote(first.doc, { text: "refusé", color: "yellow", authorId: "p-ana", authorName: "Ana" });
    await copyHolds(["refusé"]);
    latestSocket().serverCloses(4403);
    await vi.waitFor(() => expect(first.getState().error).toBe("refused"), WAIT);
    first.destroy();
    expect((await offlineCopy()).texts).toEqual([]);

    const second = open();
    await socketsOpened(2);
    expect(texts(second.doc)).toEqual([]);
  });
});
