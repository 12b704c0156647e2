import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { TrocInputError, TrocNotFoundError } from "../errors";
import { CANVAS_LIMIT } from "../schema/family";
import { familiesMap, notesMap } from "../schema/roots";
import { mergeFamilies, placeFamily, recolorFamily, reorderFamily } from "./arrangeFamilies";
import { createFamily, readFamilies } from "./families";
import { moveNotes } from "./moveNotes";
import { readNote } from "./notes";
import { countUpdates, sortingWorkshop } from "./permissionFixture";

const names = (doc: Y.Doc) => readFamilies(doc).map((f) => f.name);

describe("mergeFamilies", () => {
  it("moves every note of the source to the target and deletes the source, in one step", () => {
    const { server: doc, money, talk, alice1, alice2, bob } = sortingWorkshop();
    moveNotes(doc, [alice1, alice2], money);
    moveNotes(doc, [bob], talk);
    const undo = new Y.UndoManager([notesMap(doc), familiesMap(doc)]);
    const updates = countUpdates(doc);
    mergeFamilies(doc, money, talk);
    expect(updates()).toBe(1);
    expect(readFamilies(doc).map((f) => f.id)).toEqual([talk]);
    expect([alice1, alice2, bob].map((id) => readNote(doc, id)?.familyId)).toEqual([
      talk,
      talk,
      talk,
    ]);
    undo.undo();
    expect(names(doc)).toEqual(["Financements", "Négociation"]);
    expect(readNote(doc, alice1)?.familyId).toBe(money);
  });

  it("merging a family into itself changes nothing; unknown ids throw", () => {
    const { server: doc, money } = sortingWorkshop();
    const updates = countUpdates(doc);
    mergeFamilies(doc, money, money);
    expect(updates()).toBe(0);
    expect(() => mergeFamilies(doc, "ghost", money)).toThrow(TrocNotFoundError);
    expect(() => mergeFamilies(doc, money, "ghost")).toThrow(TrocNotFoundError);
    expect(() => mergeFamilies(doc, "ghost", "ghost")).toThrow(TrocNotFoundError);
    expect(readFamilies(doc)).toHaveLength(2);
  });
});

describe("recolorFamily", () => {
  it("recolours, refuses other colours and unknown families, and skips a same-colour call", () => {
    const { server: doc, money } = sortingWorkshop();
    recolorFamily(doc, money, "lime");
    expect(readFamilies(doc)[0]?.color).toBe("lime");
    const updates = countUpdates(doc);
    recolorFamily(doc, money, "lime");
    expect(updates()).toBe(0);
    expect(() => recolorFamily(doc, money, "gold" as never)).toThrow(
      expect.objectContaining({ field: "color" }),
    );
    expect(() => recolorFamily(doc, "ghost", "lime")).toThrow(TrocNotFoundError);
  });
});

describe("reorderFamily", () => {
  /** Families A, B, C, D in order 0..3. */
  function board() {
    const doc = new Y.Doc();
    for (const [i, name] of ["A", "B", "C", "D"].entries()) {
      createFamily(doc, { name, color: "teal" }, { id: name, now: i });
    }
    return doc;
  }

  it.each([
    ["A", "C", "BACD"],
    ["D", "A", "DABC"],
    ["A", null, "BCDA"],
    ["C", "B", "ACBD"],
    ["B", "D", "ACBD"],
  ])("moves %s before %s: %s, changing only that family's map", (id, before, expected) => {
    const doc = board();
    const orders = () => new Map(readFamilies(doc).map((f) => [f.id, f.order]));
    const old = orders();
    reorderFamily(doc, id, before);
    expect(names(doc).join("")).toBe(expected);
    const changed = [...orders()].filter(([f, order]) => old.get(f) !== order).map(([f]) => f);
    expect(changed).toEqual([id]);
  });

  it.each([
    ["B", "C"],
    ["D", null],
    ["B", "B"],
  ])("leaves %s before %s where it is, writing nothing", (id, before) => {
    const doc = board();
    const updates = countUpdates(doc);
    reorderFamily(doc, id, before);
    expect(names(doc).join("")).toBe("ABCD");
    expect(updates()).toBe(0);
  });

  it("renumbers, in one transaction, when neighbours share an order", () => {
    const doc = board();
    familiesMap(doc).get("C")?.set("order", 1); // B and C tie, as after concurrent creations
    const updates = countUpdates(doc);
    reorderFamily(doc, "D", "C");
    expect(names(doc).join("")).toBe("ABDC");
    expect(updates()).toBe(1);
  });

  it("throws on unknown families", () => {
    const doc = board();
    expect(() => reorderFamily(doc, "ghost", null)).toThrow(TrocNotFoundError);
    expect(() => reorderFamily(doc, "A", "ghost")).toThrow(TrocNotFoundError);
  });
});

describe("family positions", () => {
  it("places a family, clamps it to the canvas, and skips an unchanged position", () => {
    const { server: doc, money } = sortingWorkshop();
    placeFamily(doc, money, { x: 120.5, y: -40 });
    expect(readFamilies(doc)[0]).toMatchObject({ x: 120.5, y: -40 });
    placeFamily(doc, money, { x: 1e12, y: -1e12 });
    expect(readFamilies(doc)[0]).toMatchObject({ x: CANVAS_LIMIT, y: -CANVAS_LIMIT });
    const updates = countUpdates(doc);
    placeFamily(doc, money, { x: CANVAS_LIMIT, y: -CANVAS_LIMIT });
    expect(updates()).toBe(0);
  });

  it.each([
    [{ x: Number.NaN, y: 0 }, "x"],
    [{ x: 0, y: Number.POSITIVE_INFINITY }, "y"],
    [{ x: "10" as never, y: 0 }, "x"],
  ])("refuses %o", (position, field) => {
    const { server: doc, money } = sortingWorkshop();
    expect(() => placeFamily(doc, money, position)).toThrow(TrocInputError);
    expect(() => placeFamily(doc, money, position)).toThrow(expect.objectContaining({ field }));
    expect(() => placeFamily(doc, "ghost", { x: 0, y: 0 })).toThrow(TrocNotFoundError);
  });

  it("creates a family at a position, given both coordinates or none", () => {
    const doc = new Y.Doc();
    createFamily(doc, { name: "Business", color: "teal", x: 10, y: 20 }, { now: 1 });
    createFamily(doc, { name: "Coordination", color: "sky" }, { now: 2 });
    expect(readFamilies(doc)).toEqual([
      expect.objectContaining({ name: "Business", x: 10, y: 20 }),
      expect.not.objectContaining({ x: expect.anything() }),
    ]);
    expect(() => createFamily(doc, { name: "Négociation", color: "rose", x: 5 })).toThrow(
      expect.objectContaining({ field: "y" }),
    );
  });

  it("reads older families without a position, and a half or broken one as none", () => {
    const doc = new Y.Doc();
    createFamily(doc, { name: "Business", color: "teal" }, { id: "a" });
    createFamily(doc, { name: "Coordination", color: "sky" }, { id: "b" });
    familiesMap(doc).get("a")?.set("x", 3);
    familiesMap(doc).get("b")?.set("x", "far");
    familiesMap(doc).get("b")?.set("y", 4);
    for (const family of readFamilies(doc)) {
      expect(Object.keys(family)).toEqual(["id", "name", "color", "order", "createdAt"]);
    }
  });
});

describe("family actions and permissions", () => {
  it.each([
    [
      "merge",
      (w: ReturnType<typeof sortingWorkshop>, doc: Y.Doc) => mergeFamilies(doc, w.money, w.talk),
    ],
    [
      "recolour",
      (w: ReturnType<typeof sortingWorkshop>, doc: Y.Doc) => recolorFamily(doc, w.money, "lime"),
    ],
    [
      "reorder",
      (w: ReturnType<typeof sortingWorkshop>, doc: Y.Doc) => reorderFamily(doc, w.talk, w.money),
    ],
    [
      "place",
      (w: ReturnType<typeof sortingWorkshop>, doc: Y.Doc) =>
        placeFamily(doc, w.money, { x: 1, y: 2 }),
    ],
  ])("%s: refused from a participant, accepted from the facilitator", (_name, action) => {
    const w = sortingWorkshop();
    expect(w.verdicts((doc) => action(w, doc))).toEqual({
      participant: expect.objectContaining({ rule: "families" }),
      facilitator: null,
    });
  });
});
