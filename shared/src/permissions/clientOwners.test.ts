import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createFamily } from "../model/families";
import { setInterest } from "../model/interest";
import { initWorkshop } from "../model/meta";
import { addNote, editNote, moveNote } from "../model/notes";
import { FACILITATOR_OWNER, inferOwners, touchesParticipantContent } from "./clientOwners";

/** A document whose clients each did one kind of thing, merged as a server would hold it. */
function workshop() {
  const server = new Y.Doc();
  const write = (change: (doc: Y.Doc) => void): number => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    change(doc);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
    return doc.clientID;
  };
  const board = write((doc) => initWorkshop(doc, { title: "Atelier" }));
  let note = "";
  const ana = write((doc) => {
    note = addNote(doc, { text: "chanter", color: "pink", authorId: "p-ana", authorName: "Ana" });
  });
  const bobMarks = write((doc) => setInterest(doc, note, "p-bob", true));
  const anaEdits = write((doc) => editNote(doc, note, { text: "chanter juste" }));
  const sorter = write((doc) =>
    moveNote(doc, note, createFamily(doc, { name: "Arts", color: "rose" })),
  );
  return { server, board, ana, bobMarks, anaEdits, sorter, note };
}

describe("inferOwners: client ids of documents stored before owners were", () => {
  it("binds each client to whom what it wrote tells", () => {
    const w = workshop();
    expect(inferOwners(w.server, new Map())).toEqual(
      new Map([
        [w.board, FACILITATOR_OWNER],
        [w.ana, "p-ana"],
        [w.bobMarks, "p-bob"],
        [w.anaEdits, "p-ana"],
        [w.sorter, FACILITATOR_OWNER],
      ]),
    );
  });

  it("leaves known owners alone", () => {
    const w = workshop();
    const inferred = inferOwners(w.server, new Map([[w.ana, "p-ana"]]));
    expect(inferred.has(w.ana)).toBe(false);
    expect(inferred.size).toBe(4);
  });
});

describe("touchesParticipantContent", () => {
  it("is true for a facilitator's item inside a participant's note, false elsewhere", () => {
    const w = workshop();
    const owners = inferOwners(w.server, new Map());
    const items = (client: number) =>
      (w.server.store.clients.get(client) ?? []).filter((s): s is Y.Item => s instanceof Y.Item);
    // The sorter wrote a family (its own content) and the note's familyId (inside Ana's note).
    const sorter = items(w.sorter).map((item) => touchesParticipantContent(item, owners));
    expect(sorter).toContain(true);
    expect(sorter).toContain(false);
    expect(items(w.board).some((item) => touchesParticipantContent(item, owners))).toBe(false);
  });
});
