import * as decoding from "lib0/decoding";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  decodeStoredPayload,
  encodeStoredMessage,
  MESSAGE_STORED,
  transactionUpperClocks,
  updateUpperClocks,
} from "./messages";

describe("stored message", () => {
  it("round-trips a state vector behind its type and version bytes", () => {
    const bytes = encodeStoredMessage(
      new Map([
        [123456789, 42],
        [7, 0],
      ]),
    );
    expect([...bytes.slice(0, 2)]).toEqual([MESSAGE_STORED, 1]);
    const decoder = decoding.createDecoder(bytes);
    expect(decoding.readVarUint(decoder)).toBe(MESSAGE_STORED);
    expect(decodeStoredPayload(decoder)).toEqual(
      new Map([
        [123456789, 42],
        [7, 0],
      ]),
    );
  });

  it("ignores a payload version it does not know", () => {
    const decoder = decoding.createDecoder(new Uint8Array([2, 0]));
    expect(decodeStoredPayload(decoder)).toBeNull();
  });

  it("reads the clocks an update brings each writer up to", () => {
    const doc = new Y.Doc();
    doc.getMap("notes").set("a", "x");
    doc.getMap("notes").set("b", "y");
    expect(updateUpperClocks(Y.encodeStateAsUpdate(doc))).toEqual(new Map([[doc.clientID, 2]]));
  });

  it("reads the same clocks from the transaction that applied an update", () => {
    const [here, alice, bob] = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    here.getMap("notes").set("mine", "x"); // a local write the remote update does not touch
    alice.getMap("notes").set("a", "x");
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
    bob.getMap("notes").set("b", "y");
    bob.getMap("notes").set("c", "z");
    Y.applyUpdate(here, Y.encodeStateAsUpdate(alice));
    const update = Y.encodeStateAsUpdate(bob, Y.encodeStateVector(here));
    let fromTransaction: Map<number, number> | null = null;
    here.once("afterTransaction", (transaction: Y.Transaction) => {
      fromTransaction = transactionUpperClocks(transaction);
    });
    Y.applyUpdate(here, update, "server");
    expect(fromTransaction).toEqual(updateUpperClocks(update));
    expect(fromTransaction).toEqual(new Map([[bob.clientID, 2]]));
  });
});
