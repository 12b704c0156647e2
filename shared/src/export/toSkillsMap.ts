import type * as Y from "yjs";
import { readFamilies } from "../model/families";
import { readMeta } from "../model/meta";
import { readNotesByFamily } from "../model/notes";
import type { NoteRecord } from "../schema/note";
import { FACILITATOR_AUTHOR_ID } from "../schema/note";
import { termList } from "../text/similarity";
import { isoTimeWriter } from "./isoTime";
import type { SkillsMap, SkillsMapPerson, SkillsMapSkill } from "./skillsMapSchema";
import { SKILLS_MAP_VERSION } from "./skillsMapSchema";

export interface SkillsMapOptions {
  /** Registered names by participant id (the server's list), for people known only by id. */
  names?: ReadonlyMap<string, string>;
  /** Contact details by participant id: only people who gave them, facilitator's export only. */
  contacts?: ReadonlyMap<string, string>;
}

/** A "je cherche" note is answered by a skill that shares at least this much meaning. */
export const ANSWER_THRESHOLD = 0.5;
const THRESHOLD_SQUARED = ANSWER_THRESHOLD * ANSWER_THRESHOLD;
const MAX_ANSWERS = 5;

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
  const authorOf = (note: NoteRecord): SkillsMapPerson => named(personKey(note), note.authorName);
  for (const note of notes) authorOf(note);
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
  const written = new Map<string, { skills: string[]; families: Set<number> }>();
  const note = (item: NoteRecord, family: number | null): void => {
    const key = personKey(item);
    let entry = written.get(key);
    if (!entry) {
      entry = { skills: [], families: new Set() };
      written.set(key, entry);
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
      const mine = written.get(person.id);
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

const offerFirst = (note: NoteRecord): number => (note.kind === "offer" ? 0 : 1);

type Ranked = { index: number; score: number; offer: number };
const rank = (a: Ranked, b: Ranked): number =>
  b.score - a.score || a.offer - b.offer || a.index - b.index;

/** Offers with who is interested, and needs with the skills that may answer them. */
function exchanges(
  all: readonly NoteRecord[],
  named: (id: string, fallback: string) => SkillsMapPerson,
  by: (note: NoteRecord) => SkillsMapPerson,
) {
  const offers = all
    .filter((note) => note.kind !== "need" && (note.kind === "offer" || note.interested.length > 0))
    .map((note) => ({
      skill: note.id,
      text: note.text,
      by: by(note),
      interested: note.interested.map((id) => named(id, "")),
    }));
  // An index from term to the skills using it, so matching needs costs what they share,
  // not needs × skills; per-skill facts sit in flat arrays for the hot loop, authors as small
  // numbers (comparing id strings there cost more than all the rest of the matching).
  const candidates = all.filter((note) => note.kind !== "need");
  const termCount = new Uint16Array(candidates.length);
  const offerRank = new Uint8Array(candidates.length);
  const authorNumbers = new Map<string, number>();
  const authorNumber = (id: string): number => {
    let n = authorNumbers.get(id);
    if (n === undefined) {
      n = authorNumbers.size;
      authorNumbers.set(id, n);
    }
    return n;
  };
  const authors = new Uint32Array(candidates.length);
  const index = new Map<string, number[]>();
  candidates.forEach((note, i) => {
    const terms = termList(note.text);
    termCount[i] = terms.length;
    offerRank[i] = offerFirst(note);
    authors[i] = authorNumber(note.authorId);
    for (const term of terms) {
      const list = index.get(term);
      if (list) list.push(i);
      else index.set(term, [i]);
    }
  });
  const counts = new Uint16Array(candidates.length);
  const touched: number[] = [];
  const needs = all
    .filter((note) => note.kind === "need")
    .map((need) => {
      const terms = termList(need.text);
      const author = authorNumber(need.authorId);
      touched.length = 0;
      for (const term of terms) {
        const postings = index.get(term);
        if (postings === undefined) continue;
        for (let p = 0; p < postings.length; p++) {
          const i = postings[p] as number;
          const count = counts[i] as number;
          if (count === 0) touched.push(i);
          counts[i] = count + 1;
        }
      }
      // Best first; among equals, offers before plain skills, then board order (touched
      // indices are not in order, so that last tie-break is explicit).
      const best: Ranked[] = [];
      for (const i of touched) {
        const count = counts[i] ?? 0;
        counts[i] = 0;
        const sizes = terms.length * (termCount[i] ?? 1);
        // score = count / √sizes; squared, most candidates (one word shared) fail with no root.
        if (count * count < THRESHOLD_SQUARED * sizes || authors[i] === author) continue;
        const score = count / Math.sqrt(sizes);
        const offer = offerRank[i] ?? 1;
        const last = best[MAX_ANSWERS - 1];
        if (
          last &&
          (score < last.score ||
            (score === last.score &&
              (offer > last.offer || (offer === last.offer && i > last.index))))
        )
          continue;
        const entry: Ranked = { index: i, score, offer };
        const at = best.findIndex((b) => rank(entry, b) < 0);
        best.splice(at === -1 ? best.length : at, 0, entry);
        if (best.length > MAX_ANSWERS) best.pop();
      }
      const answers = best.flatMap(({ index: i, score }) => {
        const note = candidates[i];
        return note
          ? [
              {
                skill: note.id,
                text: note.text,
                by: by(note),
                score: Math.round(score * 100) / 100,
              },
            ]
          : [];
      });
      return { skill: need.id, text: need.text, by: by(need), answers };
    });
  return { offers, needs };
}
