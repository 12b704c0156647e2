import { checkAwarenessState } from "@troc/shared";
import { afterEach, describe, expect, it } from "vitest";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { awarenessPeers } from "../test/awarenessPeers";
import {
  DRAGGING_IDS_MAX,
  participantUser,
  peerDraggedNotes,
  publishDragging,
  publishPointer,
  publishUser,
  readPeer,
  readPresence,
} from "./presence";

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function room(count: number) {
  const net = awarenessPeers(count);
  cleanup = net.destroy;
  return net;
}

describe("what a client publishes passes the server's awareness check", () => {
  const participant = { role: "participant", participantId: "p-ana" } as const;
  const facilitator = { role: "facilitator" } as const;

  it.each([
    ["a plain name", "Ana"],
    ["a 40-character name", "A".repeat(40)],
    ["40 emoji (80 UTF-16 units)", "🙂".repeat(40)],
  ])("a phone with %s", (_case, name) => {
    const awareness = new Awareness(new Y.Doc());
    publishUser(awareness, participantUser(name));
    expect(checkAwarenessState(awareness.getLocalState(), participant, name)).toBeNull();
    awareness.destroy();
  });

  it("a board with its colour, pointer and a large drag stays small", () => {
    const awareness = new Awareness(new Y.Doc());
    publishUser(awareness, { role: "facilitator", color: "#1d4ed8" });
    publishPointer(awareness, { x: 120.4, y: -33.6 });
    publishDragging(
      awareness,
      Array.from({ length: 500 }, (_, i) => `note-${i}-${"x".repeat(58)}`),
    );
    const state = awareness.getLocalState();
    expect(checkAwarenessState(state, facilitator, null)).toBeNull();
    expect(JSON.stringify(state).length).toBeLessThan(4096);
    expect(state).toMatchObject({ pointer: { x: 120, y: -34 }, dragging: { count: 500 } });
    awareness.destroy();
  });
});

describe("readPeer", () => {
  it.each([
    ["no state", null, null],
    ["no user", { pointer: { x: 1, y: 2 } }, null],
    [
      "a phone",
      { user: { role: "participant", name: "Léa" } },
      { role: "participant", name: "Léa" },
    ],
    [
      "a phone without name",
      { user: { role: "participant" } },
      { role: "participant", name: null },
    ],
    ["an unknown role", { user: { role: "admin" } }, null],
  ])("%s", (_case, state, expected) => {
    expect(readPeer(7, state)).toEqual(expected);
  });

  it("reads a board's pointer and drag, ignoring malformed values", () => {
    expect(
      readPeer(3, {
        user: { role: "facilitator", color: "#047857" },
        pointer: { x: 10, y: 20 },
        dragging: { ids: ["n1", "n2", 3], count: 5 },
      }),
    ).toEqual({
      role: "facilitator",
      peer: {
        clientId: 3,
        color: "#047857",
        pointer: { x: 10, y: 20 },
        dragging: ["n1", "n2"],
        draggingCount: 5,
      },
    });
    const forged = readPeer(3, {
      user: { role: "facilitator", color: "red;background:url(x)" },
      pointer: { x: "10", y: Number.NaN },
      dragging: "n1",
    });
    expect(forged?.role === "facilitator" && forged.peer).toEqual({
      clientId: 3,
      color: expect.stringMatching(/^#[0-9a-f]{6}$/),
      draggingCount: 0,
    });
  });
});

describe("readPresence", () => {
  it("counts the others, never this client", () => {
    const { peers } = room(4);
    const [board, ana, sam, other] = peers;
    if (!board || !ana || !sam || !other) throw new Error("four peers");
    publishUser(board, { role: "facilitator", color: "#1d4ed8" });
    publishUser(ana, participantUser("Ana"));
    publishUser(sam, participantUser("Sam"));
    publishUser(other, { role: "facilitator", color: "#be123c" });
    publishPointer(other, { x: 5, y: 6 });
    const seen = readPresence(board);
    expect(seen.participants).toBe(2);
    expect([...seen.names].sort()).toEqual(["Ana", "Sam"]);
    expect(seen.facilitators).toEqual([
      { clientId: other.clientID, color: "#be123c", pointer: { x: 5, y: 6 }, draggingCount: 0 },
    ]);
  });
});

describe("peerDraggedNotes", () => {
  it("maps each dragged note to its dragger's colour", () => {
    expect(
      peerDraggedNotes([
        { clientId: 1, color: "#111111", dragging: ["a", "b"], draggingCount: 2 },
        { clientId: 2, color: "#222222", draggingCount: 0 },
      ]),
    ).toEqual(
      new Map([
        ["a", "#111111"],
        ["b", "#111111"],
      ]),
    );
  });

  it("publishes at most DRAGGING_IDS_MAX ids", () => {
    const awareness = new Awareness(new Y.Doc());
    publishDragging(
      awareness,
      Array.from({ length: 30 }, (_, i) => `n${i}`),
    );
    const peer = readPeer(9, { ...awareness.getLocalState(), user: { role: "facilitator" } });
    expect(peer?.role === "facilitator" && peer.peer.dragging?.length).toBe(DRAGGING_IDS_MAX);
    expect(peer?.role === "facilitator" && peer.peer.draggingCount).toBe(30);
    publishDragging(awareness, []);
    expect(awareness.getLocalState()).toMatchObject({ dragging: null });
    awareness.destroy();
  });
});
