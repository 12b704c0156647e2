import { addNote, createFamily, FAMILY_COLORS, initWorkshop, moveNote } from "@troc/shared";
import * as Y from "yjs";
// The project's copy of ../shared/fixtures/atelier-strasbourg.json (kept in shared's tests).
import STRASBOURG from "../../../shared/src/test/atelier-strasbourg.json";

/** The Strasbourg board: three families filled with their skills, personal skills unsorted. */
export function strasbourgDoc(): Y.Doc {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: STRASBOURG.title, prompt: STRASBOURG.prompt });
  const author = { authorId: "p-ana", authorName: "Ana" };
  let now = 1;
  STRASBOURG.families.slice(0, 3).forEach((family, index) => {
    const color = FAMILY_COLORS[index] ?? "slate";
    const familyId = createFamily(doc, { name: family.name, color }, { now: now++ });
    for (const text of family.skills) {
      moveNote(doc, addNote(doc, { ...author, text, color: "yellow" }, { now: now++ }), familyId);
    }
  });
  for (const text of STRASBOURG.unsorted_personal) {
    addNote(doc, { ...author, text, color: "pink" }, { now: now++ });
  }
  return doc;
}
