import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { TrocInputError, TrocNotFoundError } from "../errors";
import { createFamily, deleteFamily, readFamilies, renameFamily } from "./families";
import { addNote, moveNote, readNote } from "./notes";

describe("families", () => {
  it("creates families in order, after the last one", () => {
    const doc = new Y.Doc();
    const a = createFamily(doc, { name: " Négociation ", color: "rose" }, { now: 5 });
    const b = createFamily(doc, { name: "Coordination", color: "sky" }, { now: 6 });
    expect(readFamilies(doc)).toEqual([
      { id: a, name: "Négociation", color: "rose", order: 0, createdAt: 5 },
      { id: b, name: "Coordination", color: "sky", order: 1, createdAt: 6 },
    ]);
  });

  it.each([
    ["an empty name", { name: "  ", color: "rose" as const }, "name"],
    ["a name over 40 characters", { name: "x".repeat(41), color: "rose" as const }, "name"],
    ["an unknown colour", { name: "Business", color: "gold" as never }, "color"],
  ])("refuses %s", (_case, input, field) => {
    const doc = new Y.Doc();
    expect(() => createFamily(doc, input)).toThrow(expect.objectContaining({ field }));
    expect(readFamilies(doc)).toEqual([]);
  });

  it("renames, and refuses an empty name or unknown family", () => {
    const doc = new Y.Doc();
    const id = createFamily(doc, { name: "Busines", color: "teal" });
    renameFamily(doc, id, "Business");
    expect(readFamilies(doc)[0]?.name).toBe("Business");
    expect(() => renameFamily(doc, id, "")).toThrow(TrocInputError);
    expect(() => renameFamily(doc, "ghost", "x")).toThrow(TrocNotFoundError);
  });

  it("deleting a family sends its notes back to the pool", () => {
    const doc = new Y.Doc();
    const keep = createFamily(doc, { name: "Financements", color: "amber" });
    const drop = createFamily(doc, { name: "Négociation", color: "rose" });
    const author = { color: "blue" as const, authorId: "p1", authorName: "Léa" };
    const a = addNote(doc, { text: "négocier un contrat", ...author });
    const b = addNote(doc, { text: "remplir un dossier FSE", ...author });
    moveNote(doc, a, drop);
    moveNote(doc, b, keep);
    deleteFamily(doc, drop);
    expect(readFamilies(doc).map((f) => f.id)).toEqual([keep]);
    expect(readNote(doc, a)?.familyId).toBeNull();
    expect(readNote(doc, b)?.familyId).toBe(keep);
  });
});
