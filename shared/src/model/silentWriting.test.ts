import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { initWorkshop, setPhase } from "./meta";
import { addNote } from "./notes";
import { isSilentWriting, noteAuthorsByClient, setHideOthersWhileWriting } from "./silentWriting";

describe("silent writing", () => {
  it("is on only while writing with hideOthersWhileWriting", () => {
    const doc = new Y.Doc();
    initWorkshop(doc, {});
    expect(isSilentWriting(doc)).toBe(false);
    setHideOthersWhileWriting(doc, true);
    expect(isSilentWriting(doc)).toBe(true);
    setPhase(doc, "sorting");
    expect(isSilentWriting(doc)).toBe(false);
  });

  it("maps each client id to the author of the notes it wrote", () => {
    const board = new Y.Doc();
    const phones = [new Y.Doc(), new Y.Doc()];
    phones.forEach((phone, i) => {
      addNote(phone, { text: "chanter", color: "pink", authorId: `p${i}`, authorName: "X" });
      Y.applyUpdate(board, Y.encodeStateAsUpdate(phone));
    });
    expect(noteAuthorsByClient(board)).toEqual(
      new Map([
        [phones[0]?.clientID, "p0"],
        [phones[1]?.clientID, "p1"],
      ]),
    );
  });
});
