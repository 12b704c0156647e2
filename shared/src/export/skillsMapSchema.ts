import { z } from "zod";
import { PHASES } from "../schema/meta";
import { CATEGORIES, KINDS } from "../schema/note";
import { FAMILY_COLORS, NOTE_COLORS } from "../schema/palette";
import { PART_TYPES } from "../schema/part";

/** Version tag of the skills map; a reader refuses versions it does not know. */
export const SKILLS_MAP_VERSION = "troc.skillsmap/1";

const person = z.object({
  /** The participant's id; notes the facilitator wrote or imported: "facilitator:<name>". */
  id: z.string(),
  name: z.string(),
});

const skill = z.object({
  /** The note's id on the board. */
  id: z.string(),
  text: z.string(),
  author: person,
  color: z.enum(NOTE_COLORS),
  category: z.enum(CATEGORIES).nullable(),
  kind: z.enum(KINDS).nullable(),
  parts: z.array(z.object({ type: z.enum(PART_TYPES), text: z.string() })),
  interested: z.array(person),
  /** When it was written, ISO 8601. */
  createdAt: z.string(),
});

const answer = z.object({
  skill: z.string(),
  text: z.string(),
  by: person,
  score: z.number().min(0).max(1),
});

/** The skills map: what remains of a workshop when the post-its come off the wall. */
export const skillsMapSchema = z.object({
  schema: z.literal(SKILLS_MAP_VERSION),
  workshop: z.object({
    title: z.string(),
    prompt: z.string(),
    /** The day the workshop was created, ISO 8601 (YYYY-MM-DD); null if unknown. */
    date: z.string().nullable(),
    phase: z.enum(PHASES),
  }),
  /** The families in board order, each with its skills. */
  families: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      color: z.enum(FAMILY_COLORS),
      skills: z.array(skill),
    }),
  ),
  /** Skills left in the unsorted pool. */
  unsorted: z.array(skill),
  people: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      /** Ids of the skills they wrote. */
      skills: z.array(z.string()),
      /** Names of the families their skills landed in, in board order. */
      families: z.array(z.string()),
      /** How to reach them, only when they gave it (facilitator's export only). */
      contact: z.string().optional(),
    }),
  ),
  exchanges: z.object({
    /** Each skill offered ("je propose") or marked interesting: who offers, who is interested. */
    offers: z.array(
      z.object({ skill: z.string(), text: z.string(), by: person, interested: z.array(person) }),
    ),
    /** Each "je cherche" note with the skills that may answer it, best first. */
    needs: z.array(
      z.object({ skill: z.string(), text: z.string(), by: person, answers: z.array(answer) }),
    ),
  }),
});

export type SkillsMap = z.infer<typeof skillsMapSchema>;
export type SkillsMapSkill = z.infer<typeof skill>;
export type SkillsMapPerson = z.infer<typeof person>;
