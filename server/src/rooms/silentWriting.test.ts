import {
  addNote,
  editNote,
  FACILITATOR_OWNER,
  initWorkshop,
  readNotes,
  setHideOthersWhileWriting,
  setPhase,
  startTimer,
} from "@troc/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { encodeClientRange, SilentWriting } from "./silentWriting";

/** A room's document: the board's settings, Bob's note, then the board editing that note. */
function room() {
  const doc = new Y.Doc();
  const board = new Y.Doc();
  const bob = new Y.Doc();
  const sync = (from: Y.Doc, to: Y.Doc) =>
    Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
  initWorkshop(board, { title: "Atelier" });
  setHideOthersWhileWriting(board, true);
  sync(board, doc);
  sync(doc, bob);
  const note = addNote(bob, {
    text: "secret",
    color: "blue",
    authorId: "p-bob",
    authorName: "Bob",
  });
  sync(bob, doc);
  const owners = new Map([
    [board.clientID, FACILITATOR_OWNER],
    [bob.clientID, "p-bob"],
  ]);
  const silent = new SilentWriting(doc, owners);
  const cutAt = Y.getState(board.store, board.clientID);
  sync(doc, board);
  const before = Y.encodeStateVector(board);
  editNote(board, note, { text: "secret du facilitateur" });
  startTimer(board, 60_000);
  const boardUpdate = Y.encodeStateAsUpdate(board, before);
  Y.applyUpdate(doc, boardUpdate);
  silent.recordApplied(Y.encodeStateAsUpdate(doc, before));
  return { doc, board, bob, note, silent, cutAt, boardUpdate };
}

const alice = { participantId: "p-alice" };
// Sockets are only keys to SilentWriting.
const aliceSocket = {};
const boardSocket = {};

describe("SilentWriting", () => {
  it("answers a phone's sync with the settings, without Bob's note or the board's later writes", () => {
    const r = room();
    const phone = new Y.Doc();
    Y.applyUpdate(phone, r.silent.syncAnswer(aliceSocket, alice, Y.encodeStateVector(phone)));
    expect(phone.getMap("meta").get("title")).toBe("Atelier");
    expect(phone.getMap("meta").get("hideOthersWhileWriting")).toBe(true);
    expect(readNotes(phone)).toEqual([]);
    expect(Y.getState(phone.store, r.board.clientID)).toBe(r.cutAt);
    expect(phone.store.pendingStructs).toBeNull();
  });

  it("holds back a relay that writes into Bob's note, then every later one of that client", () => {
    const r = room();
    const update = r.silent.describe(r.boardUpdate);
    expect(r.silent.mayRelay(aliceSocket, alice, update)).toBe(false);
    expect(r.silent.mayRelay(boardSocket, null, update)).toBe(true);
  });

  it("sends at the reveal exactly what it held back", () => {
    const r = room();
    const phone = new Y.Doc();
    Y.applyUpdate(phone, r.silent.syncAnswer(aliceSocket, alice, Y.encodeStateVector(phone)));
    setPhase(r.doc, "sorting");
    const [[socket, update] = []] = r.silent.reveal();
    expect(socket).toBe(aliceSocket);
    Y.applyUpdate(phone, update as Uint8Array);
    expect(readNotes(phone).map((n) => n.text)).toEqual(["secret du facilitateur"]);
    expect(phone.getMap("meta").get("timerEndsAt")).toEqual(
      r.doc.getMap("meta").get("timerEndsAt"),
    );
  });
});

describe("encodeClientRange", () => {
  it("encodes one client's structs between two clocks, and refuses to cut through an item", () => {
    const doc = new Y.Doc();
    const map = doc.getMap("meta");
    map.set("a", 1);
    map.set("b", 2);
    map.set("c", 3);
    const range = encodeClientRange(doc, doc.clientID, 1, 2);
    if (!range) throw new Error("no range");
    expect(Y.parseUpdateMeta(range)).toEqual({
      from: new Map([[doc.clientID, 1]]),
      to: new Map([[doc.clientID, 2]]),
    });
    doc.getArray("list").insert(0, ["x", "y", "z"]); // one item of three clocks, 3 to 5
    expect(encodeClientRange(doc, doc.clientID, 3, 4)).toBeNull();
  });
});
