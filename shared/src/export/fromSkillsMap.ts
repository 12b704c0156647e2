import type * as Y from "yjs";
import { createFamily } from "../model/families";
import { initWorkshop } from "../model/meta";
import { addNote, addPart, moveNote } from "../model/notes";
import { FACILITATOR_AUTHOR_ID } from "../schema/note";
import type { SkillsMap, SkillsMapSkill } from "./skillsMapSchema";

/**
 * Seeds a new workshop's document from a skills map, so a group picks up where it stopped:
 * title and question (unless given), families in order, skills with their colours,
 * categories, kinds and parts. Skills keep their authors' names; they belong to the
 * facilitator now (their writers' accounts were in the old workshop). Interests are not
 * carried over: they named people of the old workshop.
 */
export function seedFromSkillsMap(
  doc: Y.Doc,
  map: SkillsMap,
  overrides: { title?: string | undefined; prompt?: string | undefined } = {},
  now: number = Date.now(),
): void {
  doc.transact(() => {
    initWorkshop(
      doc,
      {
        title: overrides.title ?? map.workshop.title,
        prompt: overrides.prompt ?? map.workshop.prompt,
      },
      now,
    );
    let order = 0;
    const add = (skill: SkillsMapSkill): string => {
      order += 1;
      const id = addNote(
        doc,
        {
          text: skill.text,
          color: skill.color,
          authorId: FACILITATOR_AUTHOR_ID,
          authorName: skill.author.name || "—",
          category: skill.category ?? undefined,
          kind: skill.kind,
        },
        { now: now + order }, // keeps the map's order on the new board
      );
      for (const part of skill.parts) addPart(doc, id, part);
      return id;
    };
    for (const family of map.families) {
      const familyId = createFamily(doc, { name: family.name, color: family.color }, { now });
      for (const skill of family.skills) moveNote(doc, add(skill), familyId);
    }
    for (const skill of map.unsorted) add(skill);
  });
}
