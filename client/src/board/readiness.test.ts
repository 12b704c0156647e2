import type { NoteRecord } from "@troc/shared";
import { describe, expect, it } from "vitest";
import { computeReadiness } from "./readiness";

let clock = 0;
const note = (authorId: string, authorName: string): NoteRecord => ({
  id: `n${++clock}`,
  text: "secret",
  color: "yellow",
  authorId,
  authorName,
  familyId: null,
  createdAt: clock,
  parts: [],
  interested: [],
});

const rows = (r: ReturnType<typeof computeReadiness>) =>
  r.rows.map((row) => [row.name, row.notes, row.connected]);

describe("computeReadiness", () => {
  it("counts notes per author, alphabetically, leaving the facilitator out", () => {
    const r = computeReadiness(
      [
        note("p-sam", "Sam"),
        note("p-ana", "ana"),
        note("p-sam", "Sam"),
        note("facilitator", "Animation"),
        note("p-eli", "Éli"),
      ],
      [],
      "fr",
    );
    expect(rows(r)).toEqual([
      ["ana", 1, false],
      ["Éli", 1, false],
      ["Sam", 2, false],
    ]);
    expect([r.notes, r.people, r.waiting]).toEqual([4, 3, 0]);
  });

  it("lists connected people who have not written yet with 0", () => {
    const r = computeReadiness([note("p-ana", "Ana")], ["Ana", "Zoé", "Bob"], "fr");
    expect(rows(r)).toEqual([
      ["Ana", 1, true],
      ["Bob", 0, true],
      ["Zoé", 0, true],
    ]);
    expect([r.notes, r.people, r.waiting]).toEqual([1, 3, 2]);
  });

  it("keeps two people of the same name apart", () => {
    const r = computeReadiness([note("p-marie-1", "Marie")], ["Marie", "Marie"], "fr");
    expect(rows(r)).toEqual([
      ["Marie", 1, true],
      ["Marie", 0, true],
    ]);
  });

  it("takes an author's newest name", () => {
    const r = computeReadiness([note("p-1", "Lea"), note("p-1", "Léa")], [], "fr");
    expect(rows(r)).toEqual([["Léa", 2, false]]);
  });

  it("is empty with no one", () => {
    expect(computeReadiness([], [], "fr")).toEqual({ rows: [], notes: 0, people: 0, waiting: 0 });
  });
});
