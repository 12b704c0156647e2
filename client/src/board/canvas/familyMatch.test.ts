import type { FamilyRecord } from "@troc/shared";
import { describe, expect, it } from "vitest";
import { matchFamilies } from "./familyMatch";

const family = (name: string, order: number): FamilyRecord => ({
  id: name,
  name,
  color: "teal",
  order,
  createdAt: 0,
});
const families = [
  family("Stratégie de communication / marketing", 0),
  family("Négociation", 1),
  family("Outils de communication", 2),
  family("Financements", 3),
];
const names = (query: string) => matchFamilies(families, query).map((f) => f.name);

describe("matchFamilies", () => {
  it("finds by first letters, accents and case ignored", () => {
    expect(names("nego")).toEqual(["Négociation"]);
    expect(names("FIN")).toEqual(["Financements"]);
  });

  it("puts names that start with the letters before names with a word that does", () => {
    expect(names("o")).toEqual(["Outils de communication"]);
    expect(names("com")).toEqual([
      "Stratégie de communication / marketing",
      "Outils de communication",
    ]);
  });

  it("lists every family for an empty query and none for no match", () => {
    expect(names(" ")).toHaveLength(4);
    expect(names("zz")).toEqual([]);
  });
});
