import { MESSAGE_AWARENESS } from "@troc/shared";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { FakeSocket, latestSocket } from "../test/fakeSocket";
import type { WorkshopConnection } from "./connection";
import { connectWorkshop } from "./connectWorkshop";

let connection: WorkshopConnection | null = null;

function open(): WorkshopConnection {
  connection = connectWorkshop("w1", "token", {
    WebSocketPolyfill: FakeSocket as unknown as typeof WebSocket,
  });
  return connection;
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

beforeEach(() => {
  FakeSocket.all = [];
  vi.useFakeTimers();
});

afterEach(() => {
  connection?.destroy();
  connection = null;
  vi.useRealTimers();
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
