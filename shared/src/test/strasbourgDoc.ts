import * as Y from "yjs";
import { createFamily } from "../model/families";
import { initWorkshop } from "../model/meta";
import { addNote, addPart, moveNote } from "../model/notes";
import { FAMILY_COLORS, NOTE_COLORS } from "../schema/palette";
// A copy of ../shared/fixtures/atelier-strasbourg.json, so a lone clone runs its tests.
import fixture from "./atelier-strasbourg.json";

/** The ten people of the Strasbourg table, and one who only marked interests. */
export const PEOPLE = [
  ["p-lea", "Léa"],
  ["p-karim", "Karim"],
  ["p-sophie", "Sophie"],
  ["p-thomas", "Thomas"],
  ["p-ines", "Inès"],
  ["p-marc", "Marc"],
  ["p-julie", "Julie"],
  ["p-yann", "Yann"],
  ["p-chloe", "Chloé"],
  ["p-nadia", "Nadia"],
  ["p-zoe", "Zoé"],
] as const;

const T0 = Date.UTC(2026, 10, 20, 18, 30);

/**
 * The reference workshop (../shared/fixtures/atelier-strasbourg.json) as a board, with fixed
 * ids and times so exports are byte-for-byte stable: the nine families and their skills, the
 * personal skills left unsorted, one skill split into savoirs, some offers, needs and interests.
 */
export function strasbourgDoc(): Y.Doc {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: fixture.title, prompt: fixture.prompt }, T0);
  let n = 0;
  const note = (
    text: string,
    extra: { category?: "pro" | "perso"; kind?: "offer" | "need" } = {},
  ) => {
    n += 1;
    const [authorId, authorName] = PEOPLE[n % 10] ?? PEOPLE[0];
    return addNote(
      doc,
      {
        text,
        color: NOTE_COLORS[n % NOTE_COLORS.length] ?? "yellow",
        authorId,
        authorName,
        ...extra,
      },
      { id: `n${String(n).padStart(2, "0")}`, now: T0 + n * 1000 },
    );
  };
  const offers = new Set(["organiser un colloque", "utilisation de MailChimp"]);
  const ids = new Map<string, string>();
  fixture.families.forEach((family, i) => {
    const familyId = createFamily(
      doc,
      { name: family.name, color: FAMILY_COLORS[i % FAMILY_COLORS.length] ?? "slate" },
      { id: `f${i + 1}`, now: T0 },
    );
    for (const skill of family.skills) {
      const id = note(skill, {
        category: "pro",
        ...(offers.has(skill) ? { kind: "offer" as const } : {}),
      });
      ids.set(skill, id);
      moveNote(doc, id, familyId);
    }
  });
  const plan = note(fixture.decomposed_example.skill, { category: "pro", kind: "offer" });
  for (const part of fixture.decomposed_example.parts) {
    addPart(doc, plan, { type: part.type as "savoir" | "savoir-faire", text: part.text });
  }
  moveNote(doc, plan, "f2");
  for (const skill of fixture.unsorted_personal) ids.set(skill, note(skill, { category: "perso" }));
  note(fixture.other_examples[0] ?? "", { kind: "offer" });
  note(fixture.other_examples[1] ?? "");
  note("je cherche quelqu'un pour monter un budget", { kind: "need" });
  note("apprendre à négocier", { kind: "need" });

  const interested = (skill: string, ...people: string[]) => {
    const map = doc
      .getMap<Y.Map<unknown>>("notes")
      .get(ids.get(skill) ?? "")
      ?.get("interested");
    if (map instanceof Y.Map) for (const id of people) map.set(id, true);
  };
  interested("utilisation de MailChimp", "p-karim", "p-zoe");
  interested("faire une mousse au chocolat", "p-lea");
  return doc;
}

export const NAMES: ReadonlyMap<string, string> = new Map(PEOPLE);
export const CONTACTS: ReadonlyMap<string, string> = new Map([["p-lea", "lea@example.org"]]);
