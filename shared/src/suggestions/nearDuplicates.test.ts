import { describe, expect, it } from "vitest";
import { findNearDuplicates } from "./nearDuplicates";
import { noteRecord } from "./testRecords";

const pair = (a: string, b: string) => [noteRecord("a", a), noteRecord("b", b)];

describe("findNearDuplicates", () => {
  it.each([
    ["cuisine", "cuisiner"],
    ["faire un budget", "monter un budget"],
    ["Prise de parole en public", "prendre la parole en public"],
    ["mise en place d'un projet", "mettre en place des projets"],
    ["Organiser des événements", "organisation d'évènements"],
    ["Négociation", "NÉGOCIER"],
    ["Subventions", "chercher une subvention"],
  ])("groups %s with %s", (a, b) => {
    expect(findNearDuplicates(pair(a, b))).toEqual([["a", "b"]]);
  });

  it.each([
    ["faire un budget", "faire du vélo"],
    ["organiser un festival de musique", "organiser un festival de théâtre"],
    ["négocier un contrat", "négocier un découvert"],
    ["chanter", "faire de la sangria"],
    // No key terms: nothing to say they mean the same.
    ["faire", "faire"],
    ["savoir être", "être"],
  ])("keeps %s apart from %s", (a, b) => {
    expect(findNearDuplicates(pair(a, b))).toEqual([]);
  });

  it("never groups a need with an offer or a plain skill; needs group together", () => {
    const notes = [
      noteRecord("offer", "cuisiner", null, { kind: "offer" }),
      noteRecord("need", "cuisine", null, { kind: "need" }),
      noteRecord("plain", "la cuisine", null, { kind: null }),
      noteRecord("need2", "cuisiner", null, { kind: "need" }),
    ];
    // Same creation time: groups in the order of their first id.
    expect(findNearDuplicates(notes)).toEqual([
      ["need", "need2"],
      ["offer", "plain"],
    ]);
  });

  it("orders each group oldest first and groups by their oldest note", () => {
    const notes = [
      noteRecord("n1", "cuisiner", null, { createdAt: 50 }),
      noteRecord("n2", "monter un budget", "f1", { createdAt: 40 }),
      noteRecord("n3", "faire du yoga", null, { createdAt: 10 }),
      noteRecord("n4", "cuisine", null, { createdAt: 30 }),
      noteRecord("n5", "Budget", null, { createdAt: 20 }),
      noteRecord("n6", "la cuisine", null, { createdAt: 30 }),
    ];
    expect(findNearDuplicates(notes)).toEqual([
      ["n5", "n2"],
      ["n4", "n6", "n1"],
    ]);
  });

  it("chains close pairs into one group", () => {
    const notes = [
      noteRecord("a", "budget", null, { createdAt: 1 }),
      noteRecord("b", "monter un budget", null, { createdAt: 2 }),
      noteRecord("c", "monter un budget prévisionnel", null, { createdAt: 3 }),
    ];
    // a–c scores 0.58, under the threshold, but b sits close to both.
    expect(findNearDuplicates(notes)).toEqual([["a", "b", "c"]]);
  });

  it("takes a stricter or looser threshold", () => {
    const notes = pair("faire un budget", "monter un budget");
    expect(findNearDuplicates(notes, { minSimilarity: 0.9 })).toEqual([]);
    expect(
      findNearDuplicates(pair("colloque", "organiser un colloque"), { minSimilarity: 0.5 }),
    ).toEqual([["a", "b"]]);
  });

  it("finds the right pairs among 2,000 notes sharing one common word", () => {
    // Every note says "plat"; pairs also share a number. Between pairs: 2 of 3 terms (0.67).
    const notes = Array.from({ length: 1000 }, (_, i) => [
      noteRecord(`p${i}a`, `préparer le plat ${100 + i}`, null, { createdAt: 2 * i }),
      noteRecord(`p${i}b`, `Préparation des plats ${100 + i}`, null, { createdAt: 2 * i + 1 }),
    ]).flat();
    const groups = findNearDuplicates(notes.reverse());
    expect(groups).toHaveLength(1000);
    expect(groups[0]).toEqual(["p0a", "p0b"]);
    expect(groups.every((group, i) => group.join() === `p${i}a,p${i}b`)).toBe(true);
  });
});
