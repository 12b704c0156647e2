import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { StoredVector } from "./delivery";
import { isNoteStored, mergeStoredVector } from "./delivery";
import { addNote, editNote } from "./notes";

const author = { color: "green" as const, authorId: "p1", authorName: "Léa" };

describe("isNoteStored", () => {
  it("is false until the stored vector covers the note, and again after an edit", () => {
    const doc = new Y.Doc();
    const stored: StoredVector = new Map();
    const id = addNote(doc, { text: "yoga", ...author });
    expect(isNoteStored(doc, id, stored)).toBe(false);

    mergeStoredVector(stored, Y.decodeStateVector(Y.encodeStateVector(doc)));
    expect(isNoteStored(doc, id, stored)).toBe(true);

    editNote(doc, id, { text: "faire du yoga" });
    expect(isNoteStored(doc, id, stored)).toBe(false);
    mergeStoredVector(stored, Y.decodeStateVector(Y.encodeStateVector(doc)));
    expect(isNoteStored(doc, id, stored)).toBe(true);
  });

  it("counts a missing note as stored", () => {
    expect(isNoteStored(new Y.Doc(), "nope", new Map())).toBe(true);
  });
});

describe("mergeStoredVector", () => {
  it("keeps the highest clock per client and says whether anything grew", () => {
    const target: StoredVector = new Map([[1, 5]]);
    expect(mergeStoredVector(target, new Map([[1, 3]]))).toBe(false);
    expect(
      mergeStoredVector(
        target,
        new Map([
          [1, 9],
          [2, 1],
        ]),
      ),
    ).toBe(true);
    expect([...target]).toEqual([
      [1, 9],
      [2, 1],
    ]);
  });
});
