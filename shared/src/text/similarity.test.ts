import { describe, expect, it } from "vitest";
import { foldText, keyTerms, termList, textSimilarity } from "./similarity";

describe("keyTerms", () => {
  it.each([
    ["Faire un budget prévisionnel", ["budget", "previsionnel"]],
    ["Négocier une rupture conventionnelle", ["negoci", "ruptur", "conventionnell"]],
    ["Rédaction d'un dossier de presse", ["redaction", "dossi", "press"]],
    ["L'équipe   et   LES partenariats !", ["equip", "partenariat"]],
    ["faire une mousse au chocolat", ["mouss", "chocolat"]],
  ])("%s", (text, expected) => {
    expect([...keyTerms(text)].sort()).toEqual([...expected].sort());
  });

  it("reads a word the same however often it is met and whatever surrounds it", () => {
    // Words are folded and stemmed once and remembered: the second reading, and the same
    // word glued to punctuation or an elision, must give what the first did.
    const first = [...keyTerms("Négociation, l'Équipe—cœur")];
    expect(first.sort()).toEqual(["coeur", "equip", "negoci"]);
    expect([...keyTerms("négociation l’équipe (cœur)")].sort()).toEqual(first);
    expect(termList("Cuisine cuisiner CUISINÉ cuisines")).toEqual(["cuisin"]);
  });

  it("folds accents, case and ligatures", () => {
    expect(foldText("Œuvre ÉTÉ Noël")).toBe("oeuvre ete noel");
  });
});

describe("textSimilarity", () => {
  it.each([
    ["cuisine", "cuisiner", 1],
    ["faire un budget", "monter un budget", 0.7],
    ["négociation", "négocier un contrat", 0.7],
    ["nouer des partenariats", "partenariat", 0.7],
    ["chercher des subventions", "Subvention", 0.7],
  ])("finds %s close to %s", (a, b, atLeast) => {
    expect(textSimilarity(a, b)).toBeGreaterThanOrEqual(atLeast);
  });

  it.each([
    ["faire du yoga", "chercher des subventions"],
    ["chanter", "faire de la sangria"],
    ["organiser un colloque", "négocier un contrat"],
  ])("finds %s far from %s", (a, b) => {
    expect(textSimilarity(a, b)).toBe(0);
  });
});
