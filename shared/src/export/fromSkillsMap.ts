import type * as Y from "yjs";
import { createFamily } from "../model/families";
import { initWorkshop } from "../model/meta";
import { addNote, addPart } from "../model/notes";
import { FACILITATOR_AUTHOR_ID } from "../schema/note";
import type { SkillsMap, SkillsMapSkill } from "./skillsMapSchema";

/** Skills written per step of `seedStepsFromSkillsMap`: some tens of milliseconds of work. */
const SKILLS_PER_STEP = 250;

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
  for (const _step of seedStepsFromSkillsMap(doc, map, overrides, now));
}

/**
 * `seedFromSkillsMap` in steps of a few hundred skills each (one transaction per step), so
 * that a server importing a large map can let other requests through between steps. The work
 * is linear in the map's size: nothing looks up what is already on the board.
 */
export function* seedStepsFromSkillsMap(
  doc: Y.Doc,
  map: SkillsMap,
  overrides: { title?: string | undefined; prompt?: string | undefined } = {},
  now: number = Date.now(),
): Generator<void> {
  initWorkshop(
    doc,
    {
      title: overrides.title ?? map.workshop.title,
      prompt: overrides.prompt ?? map.workshop.prompt,
    },
    now,
  );
  const skills: { skill: SkillsMapSkill; familyId: string | null }[] = [];
  doc.transact(() => {
    map.families.forEach((family, index) => {
      const familyId = createFamily(
        doc,
        { name: family.name, color: family.color },
        { now, order: index },
      );
      for (const skill of family.skills) skills.push({ skill, familyId });
    });
  });
  for (const skill of map.unsorted) skills.push({ skill, familyId: null });
  for (let start = 0; start < skills.length; start += SKILLS_PER_STEP) {
    yield;
    doc.transact(() => {
      skills.slice(start, start + SKILLS_PER_STEP).forEach(({ skill, familyId }, offset) => {
        // `now + order` keeps the map's order on the new board.
        const order = { now: now + start + offset + 1 };
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
          familyId === null ? order : { ...order, familyId },
        );
        for (const part of skill.parts) addPart(doc, id, part);
      });
    });
  }
}
