import { describe, expect, it } from "vitest";
import { parseDragged, parseTarget } from "./dragIds";
import { planDrop } from "./dropPlan";

const none = new Set<string>();
const base = { selected: none, delta: { x: 0, y: 0 }, scale: 1 };

describe("planDrop", () => {
  it("moves a note into a family, back to the pool, or into a new family", () => {
    const dragged = { kind: "note", noteId: "n1" } as const;
    expect(planDrop({ ...base, dragged, target: { kind: "family", familyId: "f1" } })).toEqual({
      kind: "move-notes",
      noteIds: ["n1"],
      familyId: "f1",
    });
    expect(planDrop({ ...base, dragged, target: { kind: "pool" } })).toEqual({
      kind: "move-notes",
      noteIds: ["n1"],
      familyId: null,
    });
    expect(planDrop({ ...base, dragged, target: { kind: "new-family" } })).toEqual({
      kind: "new-family",
      noteIds: ["n1"],
    });
    expect(planDrop({ ...base, dragged, target: null })).toBeNull();
  });

  it("carries the whole selection when the grabbed note is selected, only itself otherwise", () => {
    const selected = new Set(["n1", "n2", "n3"]);
    const target = { kind: "family", familyId: "f1" } as const;
    const carried = planDrop({
      ...base,
      selected,
      dragged: { kind: "note", noteId: "n2" },
      target,
    });
    expect(carried).toMatchObject({ noteIds: ["n1", "n2", "n3"] });
    const alone = planDrop({ ...base, selected, dragged: { kind: "note", noteId: "n9" }, target });
    expect(alone).toMatchObject({ noteIds: ["n9"] });
  });

  it("merges a cluster dropped on another family, moves it elsewhere (in canvas units)", () => {
    const dragged = { kind: "cluster", familyId: "f1" } as const;
    expect(planDrop({ ...base, dragged, target: { kind: "family", familyId: "f2" } })).toEqual({
      kind: "merge",
      sourceId: "f1",
      targetId: "f2",
    });
    expect(
      planDrop({
        ...base,
        dragged,
        target: { kind: "family", familyId: "f1" },
        clusterOrigin: { x: 100, y: 40 },
        delta: { x: 50, y: -20 },
        scale: 0.5,
      }),
    ).toEqual({ kind: "place-family", familyId: "f1", x: 200, y: 0 });
    expect(planDrop({ ...base, dragged, target: null, clusterOrigin: { x: 0, y: 0 } })).toBeNull();
  });

  it("round-trips its ids", () => {
    expect(parseDragged("note:abc")).toEqual({ kind: "note", noteId: "abc" });
    expect(parseDragged("cluster:f")).toEqual({ kind: "cluster", familyId: "f" });
    expect(parseDragged("other")).toBeNull();
    expect(parseTarget("family:f")).toEqual({ kind: "family", familyId: "f" });
    expect(parseTarget("pool")).toEqual({ kind: "pool" });
    expect(parseTarget("new-family")).toEqual({ kind: "new-family" });
    expect(parseTarget(undefined)).toBeNull();
  });
});
