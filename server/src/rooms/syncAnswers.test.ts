import { addNote, initWorkshop, readNotes } from "@troc/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { SyncAnswers } from "./syncAnswers";

const NOTHING = Y.encodeStateVector(new Y.Doc());
const note = (doc: Y.Doc, text: string) =>
  addNote(doc, { text, color: "yellow", authorId: "p-ana", authorName: "Ana" });
const textsOf = (...updates: Uint8Array[]) => {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return readNotes(doc)
    .map((n) => n.text)
    .sort();
};

describe("SyncAnswers", () => {
  it("gives a client with nothing the whole document, encoded once for every such client", () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: "Atelier" });
    note(doc, "budget");
    const answers = new SyncAnswers(doc);
    const first = answers.missingFrom(NOTHING);
    expect(first).toEqual(Y.encodeStateAsUpdate(doc));
    expect(answers.missingFrom(NOTHING)).toBe(first);
  });

  it("encodes the whole document again after any change, a deletion too", () => {
    const doc = new Y.Doc();
    const answers = new SyncAnswers(doc);
    note(doc, "budget");
    expect(textsOf(answers.missingFrom(NOTHING))).toEqual(["budget"]);
    const podcast = note(doc, "podcast");
    expect(textsOf(answers.missingFrom(NOTHING))).toEqual(["budget", "podcast"]);
    doc.getMap("notes").delete(podcast);
    expect(textsOf(answers.missingFrom(NOTHING))).toEqual(["budget"]);
  });

  it("gives a client with part of the document only what it lacks", () => {
    const doc = new Y.Doc();
    const answers = new SyncAnswers(doc);
    for (const text of ["budget", "contrat", "festival", "colloque"]) note(doc, text);
    const phone = new Y.Doc();
    Y.applyUpdate(phone, answers.missingFrom(NOTHING));
    note(doc, "podcast");
    const missing = answers.missingFrom(Y.encodeStateVector(phone));
    expect(missing.length).toBeLessThan(answers.missingFrom(NOTHING).length / 2);
    expect(textsOf(Y.encodeStateAsUpdate(phone), missing)).toEqual([
      "budget",
      "colloque",
      "contrat",
      "festival",
      "podcast",
    ]);
  });
});
