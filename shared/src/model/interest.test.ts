import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { TrocNotFoundError } from "../errors";
import { checkUpdate } from "../permissions/checkUpdate";
import { setInterest } from "./interest";
import { initWorkshop } from "./meta";
import { addNote, readNote } from "./notes";

function board() {
  const doc = new Y.Doc();
  initWorkshop(doc, {});
  const noteId = addNote(doc, {
    text: "chanter",
    color: "pink",
    authorId: "p-bob",
    authorName: "Bob",
  });
  return { doc, noteId };
}

describe("setInterest", () => {
  it("sets and removes one participant's entry, leaving the others", () => {
    const { doc, noteId } = board();
    setInterest(doc, noteId, "p-ana", true);
    setInterest(doc, noteId, "p-carol", true);
    expect(readNote(doc, noteId)?.interested).toEqual(["p-ana", "p-carol"]);
    setInterest(doc, noteId, "p-ana", false);
    expect(readNote(doc, noteId)?.interested).toEqual(["p-carol"]);
  });

  it("changes nothing when the entry is already as asked", () => {
    const { doc, noteId } = board();
    setInterest(doc, noteId, "p-ana", true);
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    setInterest(doc, noteId, "p-ana", true);
    setInterest(doc, noteId, "p-carol", false);
    expect(updates).toEqual([]);
  });

  it("produces updates the server accepts from that participant, and only from them", () => {
    const { doc: server, noteId } = board();
    const phone = new Y.Doc();
    Y.applyUpdate(phone, Y.encodeStateAsUpdate(server));
    const updates: Uint8Array[] = [];
    phone.on("update", (update: Uint8Array) => updates.push(update));
    setInterest(phone, noteId, "p-ana", true);
    const mark = Y.mergeUpdates(updates);
    const ana = { role: "participant", participantId: "p-ana" } as const;
    const carol = { role: "participant", participantId: "p-carol" } as const;
    expect(checkUpdate(server, mark, ana)).toBeNull();
    expect(checkUpdate(server, mark, carol)?.rule).toBe("interested");
    Y.applyUpdate(server, mark);

    updates.length = 0;
    setInterest(phone, noteId, "p-ana", false);
    expect(checkUpdate(server, Y.mergeUpdates(updates), ana)).toBeNull();
  });

  it("throws TrocNotFoundError for an unknown note", () => {
    const { doc } = board();
    expect(() => setInterest(doc, "nope", "p-ana", true)).toThrow(TrocNotFoundError);
  });
});
