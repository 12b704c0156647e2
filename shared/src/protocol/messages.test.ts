import * as decoding from "lib0/decoding";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  decodeStoredPayload,
  encodeStoredMessage,
  MESSAGE_STORED,
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
});
