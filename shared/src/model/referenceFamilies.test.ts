import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { FAMILY_COLORS } from "../schema/palette";
import fixture from "../test/atelier-strasbourg.json";
import { createFamily, readFamilies } from "./families";
import { countUpdates, sortingWorkshop } from "./permissionFixture";
import { addReferenceFamilies, REFERENCE_FAMILIES } from "./referenceFamilies";

describe("REFERENCE_FAMILIES", () => {
  it("are the Strasbourg fixture's nine families, in order, then its unsorted personal skills", () => {
    expect(REFERENCE_FAMILIES.slice(0, -1)).toEqual(fixture.families.map((f) => f.name));
    expect(REFERENCE_FAMILIES.at(-1)).toBe("Compétences perso");
    expect(fixture.unsorted_personal.length).toBeGreaterThan(0);
  });
});

describe("addReferenceFamilies", () => {
  it("adds the ten families in order, in one transaction, neighbours in distinct colours", () => {
    const doc = new Y.Doc();
    const updates = countUpdates(doc);
    const ids = addReferenceFamilies(doc, { now: 7 });
    expect(updates()).toBe(1);
    const families = readFamilies(doc);
    expect(families.map((f) => f.id)).toEqual(ids);
    expect(families.map((f) => f.name)).toEqual([...REFERENCE_FAMILIES]);
    const colors = families.map((f) => f.color);
    expect(new Set(colors.slice(0, FAMILY_COLORS.length)).size).toBe(FAMILY_COLORS.length);
    expect(colors.slice(FAMILY_COLORS.length)).toEqual(FAMILY_COLORS.slice(0, 2));
  });

  it("skips names already on the board, whatever their case and accents, after the others", () => {
    const doc = new Y.Doc();
    const mine = createFamily(doc, { name: "NEGOCIATION", color: "slate" }, { now: 1 });
    createFamily(doc, { name: " compétences  PERSO", color: "slate" }, { now: 2 });
    const ids = addReferenceFamilies(doc, { now: 3 });
    expect(ids).toHaveLength(8);
    const families = readFamilies(doc);
    expect(families[0]?.id).toBe(mine);
    expect(families.map((f) => f.name).slice(2)).toEqual(
      REFERENCE_FAMILIES.filter((n) => n !== "Négociation" && n !== "Compétences perso"),
    );
    // Each keeps the colour of its place in the list, whatever was skipped.
    expect(families.find((f) => f.name === "Coordination")?.color).toBe(FAMILY_COLORS[3]);
  });

  it("changes nothing when all are there", () => {
    const doc = new Y.Doc();
    addReferenceFamilies(doc);
    const updates = countUpdates(doc);
    expect(addReferenceFamilies(doc)).toEqual([]);
    expect(updates()).toBe(0);
  });

  it("is refused from a participant, accepted from the facilitator", () => {
    const w = sortingWorkshop();
    expect(w.verdicts((doc) => addReferenceFamilies(doc))).toEqual({
      participant: expect.objectContaining({ rule: "families" }),
      facilitator: null,
    });
  });
});
