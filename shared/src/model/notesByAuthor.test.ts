import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addNote, deleteNote } from "./notes";
import { indexNotesByAuthor } from "./notesByAuthor";

const note = (authorId: string) => ({
  text: "x",
  color: "yellow" as const,
  authorId,
  authorName: "A",
});

describe("indexNotesByAuthor", () => {
  it("counts what is there, then follows notes added and deleted, locally or from elsewhere", () => {
    const doc = new Y.Doc();
    const first = addNote(doc, note("p-ana"));
    const index = indexNotesByAuthor(doc);
    expect(index.count("p-ana")).toBe(1);
    addNote(doc, note("p-ana"));
    const bobs = addNote(doc, note("p-bob"));
    const remote = new Y.Doc();
    addNote(remote, note("p-bob"));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote));
    expect([index.count("p-ana"), index.count("p-bob"), index.count("p-carl")]).toEqual([2, 2, 0]);
    deleteNote(doc, first);
    deleteNote(doc, bobs);
    expect([index.count("p-ana"), index.count("p-bob")]).toEqual([1, 1]);
    index.stop();
    addNote(doc, note("p-ana"));
    expect(index.count("p-ana")).toBe(1);
  });
});
