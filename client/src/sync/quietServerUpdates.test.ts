import "fake-indexeddb/auto";
import { addNote, readNotes } from "@troc/shared";
import * as encoding from "lib0/encoding";
import { afterEach, describe, expect, it, vi } from "vitest";
import { IndexeddbPersistence } from "y-indexeddb";
import * as syncProtocol from "y-protocols/sync";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { FakeSocket, latestSocket } from "../test/fakeSocket";
import { applyServerUpdatesQuietly } from "./quietServerUpdates";

let copies = 0;
const open: { provider: WebsocketProvider; persistence: IndexeddbPersistence }[] = [];
const texts = (doc: Y.Doc) =>
  readNotes(doc)
    .map((n) => n.text)
    .sort();

/** A note written on the server's side, as the update it would send. */
function serverNote(text: string): Uint8Array {
  const doc = new Y.Doc();
  addNote(doc, { text, color: "yellow", authorId: "p-bob", authorName: "Bob" });
  return Y.encodeStateAsUpdate(doc);
}

const syncFrame = (type: number, update: Uint8Array): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
};

async function readCopy(name: string): Promise<string[]> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  await persistence.whenSynced;
  await persistence.destroy();
  return texts(doc);
}

/** A page connected to a stand-in server, with its offline copy loaded. */
async function connectedPage() {
  const name = `quiet-server-${++copies}`;
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  await persistence.whenSynced;
  const provider = new WebsocketProvider("ws://troc.test/ws", "w1", doc, {
    WebSocketPolyfill: FakeSocket as unknown as typeof WebSocket,
    disableBc: true,
  });
  open.push({ provider, persistence });
  applyServerUpdatesQuietly(provider, persistence);
  const socket = latestSocket();
  socket.serverOpens();
  // What listens to "update" while each transaction ends: nothing, for the server's changes.
  const listening: number[] = [];
  doc.on("afterTransaction", () => listening.push(doc._observers.get("update")?.size ?? 0));
  return { name, doc, persistence, provider, socket, listening };
}

afterEach(async () => {
  for (const { provider, persistence } of open.splice(0)) {
    provider.destroy();
    await persistence.destroy();
  }
  FakeSocket.all = [];
});

describe("applyServerUpdatesQuietly", () => {
  it("applies the server's sync answer with no update listener, and the copy keeps it", async () => {
    const page = await connectedPage();
    page.socket.serverSends(syncFrame(syncProtocol.messageYjsSyncStep2, serverNote("tricoter")));
    expect(texts(page.doc)).toEqual(["tricoter"]);
    expect(page.listening).toEqual([0]);
    expect(page.provider.synced).toBe(true);
    await vi.waitFor(async () => expect(await readCopy(page.name)).toEqual(["tricoter"]));
  });

  it("does the same for a change relayed later, and sends nothing back", async () => {
    const page = await connectedPage();
    const sent = page.socket.sent.length;
    page.socket.serverSends(syncFrame(syncProtocol.messageYjsUpdate, serverNote("coudre")));
    expect(texts(page.doc)).toEqual(["coudre"]);
    expect(page.listening).toEqual([0]);
    expect(page.socket.sent.length).toBe(sent);
    await vi.waitFor(async () => expect(await readCopy(page.name)).toEqual(["coudre"]));
  });

  it("leaves the listeners as they were: the page's own notes are sent and kept", async () => {
    const page = await connectedPage();
    page.socket.serverSends(syncFrame(syncProtocol.messageYjsUpdate, serverNote("coudre")));
    const sent = page.socket.sent.length;
    addNote(page.doc, { text: "chanter", color: "blue", authorId: "p-ana", authorName: "Ana" });
    expect(page.listening.at(-1)).toBe(2);
    expect(page.socket.sent.length).toBe(sent + 1);
    await vi.waitFor(async () => expect(await readCopy(page.name)).toEqual(["chanter", "coudre"]));
  });

  it("turns on no listener that was off (while the offline copy loads), nor stores for it", async () => {
    const page = await connectedPage();
    page.doc.off("update", page.provider._updateHandler);
    page.doc.off("update", page.persistence._storeUpdate);
    const store = vi.spyOn(page.persistence, "_storeUpdate");
    page.socket.serverSends(syncFrame(syncProtocol.messageYjsUpdate, serverNote("coudre")));
    expect(texts(page.doc)).toEqual(["coudre"]);
    expect(page.doc._observers.get("update")?.size ?? 0).toBe(0);
    expect(store).not.toHaveBeenCalled();
  });

  it("still answers the server's sync step 1", async () => {
    const page = await connectedPage();
    const sent = page.socket.sent.length;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeSyncStep1(encoder, new Y.Doc());
    page.socket.serverSends(encoding.toUint8Array(encoder));
    expect(page.socket.sent.length).toBe(sent + 1);
  });
});
