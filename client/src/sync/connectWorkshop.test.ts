import { addNote, encodeStoredMessage, MESSAGE_SYNC, readNotes } from "@troc/shared";
import * as encoding from "lib0/encoding";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
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
