import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { TrocInputError, TrocNotFoundError } from "../errors";
import { notesMap } from "../schema/roots";
import { addNote, addPart, readNote } from "./notes";
import { editPart, removePart } from "./parts";
import { countUpdates, sortingWorkshop } from "./permissionFixture";

function noteWithParts() {
  const doc = new Y.Doc();
  const id = addNote(doc, {
    text: "organiser un festival",
    color: "yellow",
    authorId: "p-alice",
    authorName: "Alice",
  });
  addPart(doc, id, { type: "savoir", text: "la réglementation des débits de boissons" });
  addPart(doc, id, { type: "savoir-faire", text: "tenir un rétroplanning" });
  addPart(doc, id, { type: "savoir-etre", text: "garder son calme" });
  return { doc, id };
}

const partsOf = (doc: Y.Doc, id: string) => readNote(doc, id)?.parts;

describe("editPart", () => {
  it("changes the text of one part, trimmed, keeping its type and the others", () => {
    const { doc, id } = noteWithParts();
    editPart(doc, id, 1, "  tenir un rétroplanning serré ");
    expect(partsOf(doc, id)).toEqual([
      { type: "savoir", text: "la réglementation des débits de boissons" },
      { type: "savoir-faire", text: "tenir un rétroplanning serré" },
      { type: "savoir-etre", text: "garder son calme" },
    ]);
  });

  it("writes nothing when the text is the same, so undo has no empty step", () => {
    const { doc, id } = noteWithParts();
    const updates = countUpdates(doc);
    editPart(doc, id, 2, " garder son calme ");
    expect(updates()).toBe(0);
  });

  it.each([
    ["empty text", "   "],
    ["text over 280 characters", "x".repeat(281)],
  ])("refuses %s with a TrocInputError on `text`", (_case, text) => {
    const { doc, id } = noteWithParts();
    expect(() => editPart(doc, id, 0, text)).toThrow(TrocInputError);
    expect(() => editPart(doc, id, 0, text)).toThrow(expect.objectContaining({ field: "text" }));
    expect(partsOf(doc, id)?.[0]?.text).toBe("la réglementation des débits de boissons");
  });
});

describe("removePart", () => {
  it("removes one part and keeps the others in order", () => {
    const { doc, id } = noteWithParts();
    removePart(doc, id, 0);
    expect(partsOf(doc, id)?.map((part) => part.text)).toEqual([
      "tenir un rétroplanning",
      "garder son calme",
    ]);
  });

  it("is undone in one step, the part back in its place", () => {
    const { doc, id } = noteWithParts();
    const undo = new Y.UndoManager(notesMap(doc));
    removePart(doc, id, 1);
    undo.undo();
    expect(partsOf(doc, id)?.map((part) => part.type)).toEqual([
      "savoir",
      "savoir-faire",
      "savoir-etre",
    ]);
  });
});

describe("editPart and removePart", () => {
  type Action = (doc: Y.Doc, noteId: string, index: number) => void;
  const actions: [string, Action][] = [
    ["editPart", (doc, noteId, index) => editPart(doc, noteId, index, "autre chose")],
    ["removePart", (doc, noteId, index) => removePart(doc, noteId, index)],
  ];

  it.each(actions)("%s throws TrocNotFoundError for an unknown note or index", (_name, act) => {
    const { doc, id } = noteWithParts();
    for (const [noteId, index] of [
      ["ghost", 0],
      [id, 3],
      [id, -1],
      [id, 0.5],
    ] as const) {
      expect(() => act(doc, noteId, index)).toThrow(TrocNotFoundError);
    }
    expect(partsOf(doc, id)).toHaveLength(3);
  });

  it.each(actions)("%s counts parts as readers list them, skipping malformed ones", (_n, act) => {
    const { doc, id } = noteWithParts();
    // A hand-made document: a part of an unknown type before the readable ones.
    const raw = notesMap(doc).get(id)?.get("parts");
    if (!(raw instanceof Y.Array)) throw new Error("no parts");
    const odd = new Y.Map<unknown>();
    odd.set("type", "savoir-vivre");
    odd.set("text", "invisible");
    raw.insert(0, [odd]);
    act(doc, id, 0);
    expect(partsOf(doc, id)?.[0]?.text).not.toBe("la réglementation des débits de boissons");
    expect(raw.get(0)).toBe(odd);
  });
});

describe("who may change parts (checkUpdate)", () => {
  type Change = (doc: Y.Doc, noteId: string) => void;
  const changes: [string, Change][] = [
    ["edit a part", (doc, noteId) => editPart(doc, noteId, 0, "lire une partition")],
    ["remove a part", (doc, noteId) => removePart(doc, noteId, 0)],
  ];

  it.each(changes)("the facilitator and the note's author may %s", (_name, change) => {
    const w = sortingWorkshop();
    addPart(w.server, w.alice1, { type: "savoir", text: "solfège" });
    expect(w.verdicts((doc) => change(doc, w.alice1))).toEqual({
      participant: null,
      facilitator: null,
    });
  });

  it.each(changes)("another participant may not %s", (_name, change) => {
    const w = sortingWorkshop();
    addPart(w.server, w.bob, { type: "savoir", text: "droit des contrats" });
    const { participant, facilitator } = w.verdicts((doc) => change(doc, w.bob));
    expect(participant?.rule).toBe("other-note");
    expect(facilitator).toBeNull();
  });
});
