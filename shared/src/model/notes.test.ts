import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { TrocInputError, TrocNotFoundError } from "../errors";
import { createFamily, deleteFamily } from "./families";
import type { NewNoteInput } from "./notes";
import {
  addNote,
  deleteNote,
  editNote,
  moveNote,
  readNote,
  readNotes,
  readNotesByAuthor,
  readNotesByFamily,
} from "./notes";

const alice = { authorId: "p-alice", authorName: "Alice" };
const note = (text: string, extra: Partial<NewNoteInput> = {}): NewNoteInput => ({
  text,
  color: "yellow",
  ...alice,
  ...extra,
});

describe("addNote", () => {
  it("stores a trimmed note in the unsorted pool with empty parts and interested", () => {
    const doc = new Y.Doc();
    const id = addNote(doc, note("  faire un prévisionnel  ", { category: "pro", kind: "offer" }), {
      now: 42,
    });
    expect(readNote(doc, id)).toEqual({
      id,
      text: "faire un prévisionnel",
      color: "yellow",
      authorId: "p-alice",
      authorName: "Alice",
      familyId: null,
      createdAt: 42,
      parts: [],
      interested: [],
      category: "pro",
      kind: "offer",
    });
  });

  it.each([
    ["empty text", note("   "), "text"],
    ["text over 280 characters", note("x".repeat(281)), "text"],
    ["unknown colour", note("chanter", { color: "black" as never }), "color"],
    ["unknown category", note("chanter", { category: "work" as never }), "category"],
    ["unknown kind", note("chanter", { kind: "swap" as never }), "kind"],
    ["empty author name", note("chanter", { authorName: " " }), "authorName"],
  ])("refuses %s", (_case, input, field) => {
    const doc = new Y.Doc();
    expect(() => addNote(doc, input)).toThrow(expect.objectContaining({ field }));
    expect(() => addNote(doc, input)).toThrow(TrocInputError);
    expect(readNotes(doc)).toEqual([]);
  });

  it("counts an emoji as one character", () => {
    const doc = new Y.Doc();
    const id = addNote(doc, note("🍫".repeat(280)));
    expect(readNote(doc, id)?.text).toBe("🍫".repeat(280));
  });
});

describe("editNote, deleteNote", () => {
  it("changes only the fields given", () => {
    const doc = new Y.Doc();
    const id = addNote(doc, note("chanter", { category: "perso" }));
    editNote(doc, id, { text: "chanter juste", kind: "offer" });
    expect(readNote(doc, id)).toMatchObject({
      text: "chanter juste",
      color: "yellow",
      category: "perso",
      kind: "offer",
    });
    editNote(doc, id, { kind: null, color: "pink" });
    expect(readNote(doc, id)).toMatchObject({ kind: null, color: "pink" });
  });

  it("refuses a bad edit and leaves the note as it was", () => {
    const doc = new Y.Doc();
    const id = addNote(doc, note("chanter"));
    expect(() => editNote(doc, id, { text: "ok", color: "black" as never })).toThrow(
      TrocInputError,
    );
    expect(readNote(doc, id)?.text).toBe("chanter");
  });

  it("deletes a note, and names an unknown one", () => {
    const doc = new Y.Doc();
    const id = addNote(doc, note("chanter"));
    deleteNote(doc, id);
    expect(readNotes(doc)).toEqual([]);
    expect(() => deleteNote(doc, id)).toThrow(TrocNotFoundError);
    expect(() => editNote(doc, "nope", { text: "x" })).toThrow(TrocNotFoundError);
  });
});

describe("moveNote and readNotesByFamily", () => {
  it("moves a note into a family and back to the pool", () => {
    const doc = new Y.Doc();
    const family = createFamily(doc, { name: "Financements", color: "amber" });
    const a = addNote(doc, note("chercher des subventions"), { now: 1 });
    const b = addNote(doc, note("chanter"), { now: 2 });
    moveNote(doc, a, family);
    let groups = readNotesByFamily(doc);
    expect(groups.get(family)?.map((n) => n.id)).toEqual([a]);
    expect(groups.get(null)?.map((n) => n.id)).toEqual([b]);
    moveNote(doc, a, null);
    groups = readNotesByFamily(doc);
    expect(groups.get(null)?.map((n) => n.id)).toEqual([a, b]);
  });

  it("refuses an unknown family", () => {
    const doc = new Y.Doc();
    const id = addNote(doc, note("chanter"));
    expect(() => moveNote(doc, id, "ghost")).toThrow(TrocNotFoundError);
  });

  it("treats a note whose family was deleted elsewhere as unsorted", () => {
    const doc = new Y.Doc();
    const family = createFamily(doc, { name: "Business", color: "teal" });
    const id = addNote(doc, note("nouer des partenariats"));
    moveNote(doc, id, family);
    deleteFamily(doc, family);
    expect(
      readNotesByFamily(doc)
        .get(null)
        ?.map((n) => n.id),
    ).toEqual([id]);
  });
});

describe("readers are forgiving", () => {
  it("skips malformed notes and reads a note without parts or interested", () => {
    const doc = new Y.Doc();
    const notes = doc.getMap<Y.Map<unknown>>("notes");
    const old = new Y.Map<unknown>();
    old.set("id", "old");
    old.set("text", "yoga");
    old.set("authorId", "p1");
    notes.set("old", old);
    const broken = new Y.Map<unknown>();
    broken.set("text", 12);
    notes.set("broken", broken);
    expect(readNotes(doc)).toEqual([
      expect.objectContaining({
        id: "old",
        text: "yoga",
        color: "yellow",
        parts: [],
        interested: [],
      }),
    ]);
  });

  it("lists an author's notes newest first", () => {
    const doc = new Y.Doc();
    const first = addNote(doc, note("chanter"), { now: 1 });
    const second = addNote(doc, note("yoga"), { now: 2 });
    addNote(doc, note("sangria", { authorId: "p-bob", authorName: "Bob" }), { now: 3 });
    expect(readNotesByAuthor(doc, "p-alice").map((n) => n.id)).toEqual([second, first]);
  });
});

describe("readNote's fast path", () => {
  it("reads well-formed notes exactly as the zod reader does", async () => {
    const { noteFieldsSchema } = await import("../schema/note");
    const doc = new Y.Doc();
    const variants: Partial<NewNoteInput>[] = [
      {},
      { category: "pro" },
      { kind: null },
      { kind: "need", category: "perso" },
    ];
    for (const extra of variants) {
      const id = addNote(doc, note("chanter", extra));
      const { parts, interested, ...fields } = readNote(doc, id) ?? { parts: [], interested: [] };
      const raw = Object.fromEntries(
        [...(doc.getMap<Y.Map<unknown>>("notes").get(id)?.entries() ?? [])].filter(
          ([, v]) => !(v instanceof Y.AbstractType),
        ),
      );
      expect(fields).toEqual(noteFieldsSchema.parse(raw));
      expect({ parts, interested }).toEqual({ parts: [], interested: [] });
    }
  });
});
