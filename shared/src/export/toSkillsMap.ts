import type * as Y from "yjs";
import { readFamilies } from "../model/families";
import { readMeta } from "../model/meta";
import { readNotesByFamily } from "../model/notes";
import type { NoteRecord } from "../schema/note";
import { FACILITATOR_AUTHOR_ID } from "../schema/note";
import { exchanges } from "./exchanges";
import { isoTimeWriter } from "./isoTime";
import type { SkillsMap, SkillsMapPerson, SkillsMapSkill } from "./skillsMapSchema";
import { SKILLS_MAP_VERSION } from "./skillsMapSchema";

export interface SkillsMapOptions {
  /** Registered names by participant id (the server's list), for people known only by id. */
  names?: ReadonlyMap<string, string>;
  /** Contact details by participant id: only people who gave them, facilitator's export only. */
  contacts?: ReadonlyMap<string, string>;
}

// One collator for every comparison: localeCompare with a locale builds one per call.
const byName = new Intl.Collator("fr");

/**
 * Who wrote a note, as the map names people: their participant id; notes the facilitator
 * wrote or imported (authorId "facilitator") are told apart by the name they carry.
 */
const personKey = (note: NoteRecord): string =>
  note.authorId === FACILITATOR_AUTHOR_ID
    ? `${FACILITATOR_AUTHOR_ID}:${note.authorName}`
    : note.authorId;

/** The people of a workshop by id, named from the server's list or their notes. */
function peopleIndex(notes: readonly NoteRecord[], names: ReadonlyMap<string, string>) {
  const byId = new Map<string, SkillsMapPerson>();
  const named = (id: string, fallback: string): SkillsMapPerson => {
    let person = byId.get(id);
    if (!person) {
      person = { id, name: names.get(id) ?? (fallback || id) };
      byId.set(id, person);
    }
    return person;
  };
  // Each note's author looked up once: an export asks for it up to five times per note.
  const authors = new Map<NoteRecord, SkillsMapPerson>();
  for (const note of notes) authors.set(note, named(personKey(note), note.authorName));
  const authorOf = (note: NoteRecord): SkillsMapPerson =>
    authors.get(note) ?? named(personKey(note), note.authorName);
  for (const note of notes) for (const id of note.interested) named(id, "");
  for (const [id, name] of names) named(id, name); // everyone registered, even with no note
  return { byId, named, authorOf };
}

/**
 * The workshop as a skills map (`troc.skillsmap/1`): families in board order with their skills,
 * the unsorted pool, the people and the exchanges. Pure: the same document and options give
 * the same map, byte for byte once serialised.
 */
export function toSkillsMap(doc: Y.Doc, options: SkillsMapOptions = {}): SkillsMap {
  const meta = readMeta(doc);
  const iso = isoTimeWriter();
  const families = readFamilies(doc);
  const groups = readNotesByFamily(doc);
  const sorted = families.map((family) => groups.get(family.id) ?? []);
  const unsorted = groups.get(null) ?? [];
  const all = [...sorted.flat(), ...unsorted];
  const { byId, named, authorOf } = peopleIndex(all, options.names ?? new Map());

  // Each person's skills and the families they landed in (by board position, so they list in
  // board order); one pass over the notes, family by family.
  const written = new Map<SkillsMapPerson, { skills: string[]; families: Set<number> }>();
  const note = (item: NoteRecord, family: number | null): void => {
    const author = authorOf(item);
    let entry = written.get(author);
    if (!entry) {
      entry = { skills: [], families: new Set() };
      written.set(author, entry);
    }
    entry.skills.push(item.id);
    if (family !== null) entry.families.add(family);
  };
  sorted.forEach((skills, family) => {
    for (const item of skills) note(item, family);
  });
  for (const item of unsorted) note(item, null);

  const people = [...byId.values()]
    .map((person) => {
      const mine = written.get(person);
      const contact = options.contacts?.get(person.id);
      return {
        id: person.id,
        name: person.name,
        skills: mine?.skills ?? [],
        families: mine
          ? [...mine.families].sort((a, b) => a - b).map((at) => families[at]?.name ?? "")
          : [],
        ...(contact ? { contact } : {}),
      };
    })
    .sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const toSkill = (item: NoteRecord): SkillsMapSkill => ({
    id: item.id,
    text: item.text,
    author: authorOf(item),
    color: item.color,
    category: item.category ?? null,
    kind: item.kind ?? null,
    parts: item.parts, // read fresh for this export, already { type, text } in that order
    interested: item.interested.map((id) => named(id, "")),
    createdAt: iso(item.createdAt),
  });

  return {
    schema: SKILLS_MAP_VERSION,
    workshop: {
      title: meta?.title ?? "",
      prompt: meta?.prompt ?? "",
      date: meta?.createdAt ? iso(meta.createdAt).slice(0, 10) : null,
      phase: meta?.phase ?? "writing",
    },
    families: families.map((family, i) => ({
      id: family.id,
      name: family.name,
      color: family.color,
      skills: (sorted[i] ?? []).map(toSkill),
    })),
    unsorted: unsorted.map(toSkill),
    people,
    exchanges: exchanges(all, named, authorOf),
  };
}
