import { addNote, encodeStoredMessage, MESSAGE_SYNC, readNotes } from "@troc/shared";
import * as encoding from "lib0/encoding";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import type { WorkshopConnection } from "./connection";
import { connectWorkshop } from "./connectWorkshop";

/** Just enough of a WebSocket for y-websocket, driven by the test as the server. */
class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static all: FakeSocket[] = [];
  readonly OPEN = 1;
  readyState = 0;
  binaryType = "blob";
  sent: Uint8Array[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;

  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(data: Uint8Array) {
    this.sent.push(data);
  }
  close() {
    this.readyState = 3;
  }
  serverOpens() {
    this.readyState = 1;
    this.onopen?.();
  }
  serverSends(message: Uint8Array) {
    this.onmessage?.({ data: message.slice().buffer });
  }
  serverCloses(code: number) {
    this.readyState = 3;
    this.onclose?.({ code, reason: "" });
  }
}

const latestSocket = (): FakeSocket => {
  const socket = FakeSocket.all.at(-1);
  if (!socket) throw new Error("no socket opened");
  return socket;
};

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
});
