import {
  addNote,
  encodeStoredMessage,
  MESSAGE_AWARENESS,
  MESSAGE_SYNC,
  readNotes,
} from "@troc/shared";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { FakeSocket, latestSocket } from "../test/fakeSocket";
import type { WorkshopConnection } from "./connection";
import { connectWorkshop } from "./connectWorkshop";

function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An awareness message from another page: `clientID` at `clock` with `state`. */
function peerAwareness(clientID: number, clock: number, state: unknown): Uint8Array {
  const peer = new awarenessProtocol.Awareness(new Y.Doc());
  peer.clientID = clientID;
  peer.meta.set(clientID, { clock, lastUpdated: 0 });
  peer.states.set(clientID, state as Record<string, unknown>);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(peer, [clientID]));
  peer.destroy();
  return encoding.toUint8Array(encoder);
}

/** The highest clock this socket announced for `clientID` (-1: none). */
function announcedClock(socket: FakeSocket, clientID: number): number {
  let highest = -1;
  for (const frame of socket.sent) {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MESSAGE_AWARENESS) continue;
    const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const count = decoding.readVarUint(update);
    for (let i = 0; i < count; i++) {
      const id = decoding.readVarUint(update);
      const clock = decoding.readVarUint(update);
      decoding.readVarString(update);
      if (id === clientID) highest = Math.max(highest, clock);
    }
  }
  return highest;
}

let connection: WorkshopConnection | null = null;

function open(): WorkshopConnection {
  connection = connectWorkshop("w1", "secret token", {
    WebSocketPolyfill: FakeSocket as unknown as typeof WebSocket,
  });
  return connection;
}

beforeEach(() => {
  FakeSocket.all = [];
  vi.useFakeTimers();
});

afterEach(() => {
  connection?.destroy();
  connection = null;
  vi.useRealTimers();
});

describe("connectWorkshop", () => {
  it("opens /ws/:workshopId on this host with the token as a parameter", () => {
    open();
    expect(latestSocket().url).toBe(`ws://${window.location.host}/ws/w1?token=secret%20token`);
  });

  it("reports connecting, then connected", () => {
    const conn = open();
    expect(conn.getState()).toEqual({ status: "connecting", wasConnected: false, error: null });
    const seen: string[] = [];
    conn.subscribeState((state) => seen.push(state.status));
    latestSocket().serverOpens();
    expect(conn.getState()).toEqual({ status: "connected", wasConnected: true, error: null });
    expect(seen).toEqual(["connected"]);
  });

  it("merges the server's stored messages into the stored vector", () => {
    const conn = open();
    latestSocket().serverOpens();
    const heard = vi.fn();
    conn.stored.subscribe(heard);
    latestSocket().serverSends(encodeStoredMessage(new Map([[conn.doc.clientID, 4]])));
    expect(conn.stored.vector.get(conn.doc.clientID)).toBe(4);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it("counts what the server relays as stored, but not what this client writes", () => {
    const conn = open();
    latestSocket().serverOpens();
    const other = new Y.Doc();
    addNote(other, { text: "chanter", color: "pink", authorId: "p-bob", authorName: "Bob" });
    latestSocket().serverSends(syncUpdateMessage(Y.encodeStateAsUpdate(other)));

    expect(readNotes(conn.doc).map((note) => note.text)).toEqual(["chanter"]);
    expect(conn.stored.vector.get(other.clientID)).toBe(Y.getState(other.store, other.clientID));

    addNote(conn.doc, { text: "yoga", color: "blue", authorId: "p-ana", authorName: "Ana" });
    expect(conn.stored.vector.has(conn.doc.clientID)).toBe(false);
  });

  it.each([
    [4401, "bad-token"],
    [4404, "unknown-workshop"],
  ] as const)("stops for good on close code %i", (code, error) => {
    const conn = open();
    latestSocket().serverOpens();
    latestSocket().serverCloses(code);
    vi.advanceTimersByTime(60_000);
    expect(conn.getState()).toMatchObject({ status: "disconnected", error });
    expect(FakeSocket.all).toHaveLength(1);
  });

  it("reconnects after other closes, a rate limit included", () => {
    const conn = open();
    latestSocket().serverOpens();
    latestSocket().serverCloses(4429);
    vi.advanceTimersByTime(5_000);
    expect(FakeSocket.all).toHaveLength(2);
    expect(conn.getState()).toEqual({ status: "connecting", wasConnected: true, error: null });
  });

  it("drops the socket when the browser goes offline and opens a new one when it is back", () => {
    const conn = open();
    const first = latestSocket();
    first.serverOpens();
    window.dispatchEvent(new Event("offline"));
    expect(first.readyState).toBe(FakeSocket.CLOSED);
    expect(conn.getState().status).toBe("disconnected");
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.all).toHaveLength(1);

    window.dispatchEvent(new Event("online"));
    expect(FakeSocket.all).toHaveLength(2);
    latestSocket().serverOpens();
    expect(conn.getState()).toEqual({ status: "connected", wasConnected: true, error: null });
  });
});

describe("awareness across a reconnection", () => {
  it("announces this page's state again with a newer clock on each connection", async () => {
    const conn = open();
    latestSocket().serverOpens();
    conn.awareness.setLocalStateField("user", { name: "Zoé", role: "participant" });
    const before = announcedClock(latestSocket(), conn.doc.clientID);
    expect(before).toBeGreaterThanOrEqual(0);
    latestSocket().serverCloses(1006);
    vi.advanceTimersByTime(5_000);
    expect(FakeSocket.all).toHaveLength(2);
    latestSocket().serverOpens();
    await vi.waitFor(() =>
      expect(announcedClock(latestSocket(), conn.doc.clientID)).toBeGreaterThan(before),
    );
    expect(conn.awareness.getLocalState()).toMatchObject({ user: { name: "Zoé" } });
  });

  it("shows a page the server sends again, even at a clock seen before the socket closed", () => {
    const conn = open();
    latestSocket().serverOpens();
    latestSocket().serverSends(peerAwareness(99, 3, { user: { name: "Zoé" } }));
    expect(conn.awareness.getStates().get(99)).toEqual({ user: { name: "Zoé" } });
    latestSocket().serverCloses(1006);
    expect(conn.awareness.getStates().has(99)).toBe(false);
    vi.advanceTimersByTime(5_000);
    latestSocket().serverOpens();
    latestSocket().serverSends(peerAwareness(99, 3, { user: { name: "Zoé" } }));
    expect(conn.awareness.getStates().get(99)).toEqual({ user: { name: "Zoé" } });
  });
});
