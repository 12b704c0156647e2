import {
  addNote,
  FACILITATOR_OWNER,
  initWorkshop,
  readNotes,
  setHideOthersWhileWriting,
} from "@troc/shared";
import { describe, expect, it } from "vitest";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { createMetrics } from "../metrics";
import { fakeSocket, LIMITS } from "../test/roomHarness";
import { AwarenessGate } from "./awarenessGate";
import { Connection } from "./connection";
import { FanOut } from "./fanOut";
import { SilentWriting } from "./silentWriting";
import { SyncAnswers } from "./syncAnswers";

const metrics = createMetrics(() => 0);
const socketOf = (role: "facilitator" | string) => {
  const socket = fakeSocket();
  const actor =
    role === "facilitator"
      ? ({ role: "facilitator" } as const)
      : ({ role: "participant", participantId: role } as const);
  return {
    socket,
    conn: new Connection(socket, actor, role === "facilitator" ? null : role, LIMITS, metrics),
  };
};

function room() {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: "Atelier" });
  const owners = new Map<number, string>([[doc.clientID, FACILITATOR_OWNER]]);
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(null);
  const board = socketOf("facilitator");
  const ana = socketOf("p-ana");
  const bob = socketOf("p-bob");
  const connections = new Set([board.conn, ana.conn, bob.conn]);
  const silent = new SilentWriting(doc, owners);
  const fanOut = new FanOut(connections, silent, awareness, new SyncAnswers(doc));
  awareness.on("update", fanOut.awarenessChange);
  return { doc, owners, awareness, board, ana, bob, connections, fanOut };
}

/** An update Bob's phone makes, applied to the room's document as the room would. */
function bobsNote(r: ReturnType<typeof room>): Uint8Array {
  const phone = new Y.Doc();
  Y.applyUpdate(phone, Y.encodeStateAsUpdate(r.doc));
  const before = Y.encodeStateVector(phone);
  addNote(phone, { text: "budget", color: "blue", authorId: "p-bob", authorName: "Bob" });
  const update = Y.encodeStateAsUpdate(phone, before);
  r.owners.set(phone.clientID, "p-bob");
  Y.applyUpdate(r.doc, update);
  return update;
}

describe("FanOut", () => {
  it("relays an update to every socket but its sender", () => {
    const r = room();
    r.fanOut.update(bobsNote(r), r.bob.conn);
    expect([
      r.board.socket.sent.length,
      r.ana.socket.sent.length,
      r.bob.socket.sent.length,
    ]).toEqual([1, 1, 0]);
  });

  it("holds another participant's note back from phones while silent, not from boards", () => {
    const r = room();
    setHideOthersWhileWriting(r.doc, true);
    r.fanOut.update(bobsNote(r), r.bob.conn);
    expect([r.board.socket.sent.length, r.ana.socket.sent.length]).toEqual([1, 0]);
  });

  it("answers a socket joining with nothing: everything to a board, not others' notes to a phone while silent", () => {
    const r = room();
    setHideOthersWhileWriting(r.doc, true);
    bobsNote(r);
    const nothing = Y.encodeStateVector(new Y.Doc());
    const notesIn = (update: Uint8Array) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, update);
      return readNotes(doc).map((note) => note.text);
    };
    expect(notesIn(r.fanOut.syncAnswer(r.board.conn, nothing))).toEqual(["budget"]);
    expect(notesIn(r.fanOut.syncAnswer(r.ana.conn, nothing))).toEqual([]);
    setHideOthersWhileWriting(r.doc, false);
    expect(notesIn(r.fanOut.syncAnswer(r.ana.conn, nothing))).toEqual(["budget"]);
  });

  it("sends presence to boards, and a phone only its own state back", () => {
    const r = room();
    awarenessProtocol.applyAwarenessUpdate(
      r.awareness,
      (() => {
        const other = new awarenessProtocol.Awareness(new Y.Doc());
        other.setLocalState({ user: { role: "participant", name: "p-ana" } });
        r.ana.conn.awarenessClients.add(other.clientID);
        return awarenessProtocol.encodeAwarenessUpdate(other, [other.clientID]);
      })(),
      r.ana.conn,
    );
    expect([
      r.board.socket.sent.length,
      r.ana.socket.sent.length,
      r.bob.socket.sent.length,
    ]).toEqual([1, 1, 0]);
  });
});

describe("AwarenessGate", () => {
  const entry = (clientID: number, state: unknown) => {
    const doc = new Y.Doc();
    doc.clientID = clientID;
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState(state as Record<string, unknown>);
    return awarenessProtocol.encodeAwarenessUpdate(awareness, [clientID]);
  };

  it("keeps a socket to its first client, and a Yjs client id to whoever writes with it", () => {
    const r = room();
    const gate = new AwarenessGate(r.awareness, r.connections, r.owners);
    const user = (name: string) => ({ user: { role: "participant", name } });
    expect(gate.admit(r.ana.conn, entry(11, user("p-ana")))).not.toBeNull();
    expect(gate.admit(r.ana.conn, entry(12, user("p-ana")))).toBeNull(); // a second client: dropped
    r.owners.set(13, "p-bob");
    expect(gate.admit(r.bob.conn, entry(13, user("p-bob")))).not.toBeNull();
    expect(gate.admit(r.ana.conn, entry(13, user("p-ana")))).toBeNull(); // Bob's id: dropped
    expect(r.ana.socket.closedWith).toBeNull();
  });

  it("closes a socket that claims someone else's name, or publishes too much", () => {
    const r = room();
    const gate = new AwarenessGate(r.awareness, r.connections, r.owners);
    expect(
      gate.admit(r.ana.conn, entry(21, { user: { role: "participant", name: "p-bob" } })),
    ).toBeNull();
    expect(r.ana.socket.closedWith).toBe(4403);
    expect(gate.admit(r.bob.conn, entry(22, { blob: "é".repeat(3000) }))).toBeNull();
    expect(r.bob.socket.closedWith).toBe(4413);
  });
});
