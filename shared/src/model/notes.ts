import * as Y from "yjs";
import { TrocNotFoundError } from "../errors";
import type { Category, Kind, NoteRecord } from "../schema/note";
import {
  categorySchema,
  kindSchema,
  NOTE_KEYS,
  noteColorSchema,
  noteFieldsSchema,
} from "../schema/note";
import type { NoteColor } from "../schema/palette";
import { NOTE_COLORS } from "../schema/palette";
import type { NotePart, PartType } from "../schema/part";
import { notePartSchema, PART_KEYS, partTypeSchema } from "../schema/part";
import type { RecordMap } from "../schema/roots";
import { familiesMap, notesMap } from "../schema/roots";
import { cleanText, LIMITS, oneOf } from "../schema/text";
import { isEpochMs } from "../schema/time";
import { planMove } from "./moveNotes";
import { newRecordId } from "./recordId";
import { Changes } from "./records";

export interface NewNoteInput {
  text: string;
  color: NoteColor;
  authorId: string;
  authorName: string;
  category?: Category | undefined;
  kind?: Kind | null | undefined;
}

export interface NotePatch {
  text?: string | undefined;
  color?: NoteColor | undefined;
  category?: Category | undefined;
  kind?: Kind | null | undefined;
}

/**
 * Adds a note to the unsorted pool and returns its id. `parts` and `interested` are
 * created here, with the note, so two clients never race to create them later.
 */
export function addNote(
  doc: Y.Doc,
  input: NewNoteInput,
  options: { id?: string; now?: number; familyId?: string } = {},
): string {
  const text = cleanText("text", input.text, LIMITS.noteText);
  const color = oneOf("color", noteColorSchema, input.color);
  const authorId = cleanText("authorId", input.authorId, { min: 1, max: 64 });
  const authorName = cleanText("authorName", input.authorName, LIMITS.personName);
  const category =
    input.category === undefined ? undefined : oneOf("category", categorySchema, input.category);
  const kind = input.kind === undefined ? undefined : oneOf("kind", kindSchema, input.kind);
  const id = options.id ?? newRecordId();
  const note: RecordMap = new Y.Map();
  note.set(NOTE_KEYS.id, id);
  note.set(NOTE_KEYS.text, text);
  note.set(NOTE_KEYS.color, color);
  note.set(NOTE_KEYS.authorId, authorId);
  note.set(NOTE_KEYS.authorName, authorName);
  // Sorted at once only when imported from a skills map; a phone's notes start unsorted.
  note.set(NOTE_KEYS.familyId, options.familyId ?? null);
  note.set(NOTE_KEYS.createdAt, options.now ?? Date.now());
  note.set(NOTE_KEYS.parts, new Y.Array<Y.Map<unknown>>());
  note.set(NOTE_KEYS.interested, new Y.Map<boolean>());
  if (category !== undefined) note.set(NOTE_KEYS.category, category);
  if (kind !== undefined) note.set(NOTE_KEYS.kind, kind);
  notesMap(doc).set(id, note);
  return id;
}

function noteMap(doc: Y.Doc, noteId: string): RecordMap {
  const note = notesMap(doc).get(noteId);
  if (!(note instanceof Y.Map)) throw new TrocNotFoundError("note", noteId);
  return note;
}

/** Changes the text, colour, category or kind of a note; fields left out stay as they are. */
export function editNote(doc: Y.Doc, noteId: string, patch: NotePatch): void {
  const note = noteMap(doc, noteId);
  const changes: [string, unknown][] = [];
  if (patch.text !== undefined) {
    changes.push([NOTE_KEYS.text, cleanText("text", patch.text, LIMITS.noteText)]);
  }
  if (patch.color !== undefined) {
    changes.push([NOTE_KEYS.color, oneOf("color", noteColorSchema, patch.color)]);
  }
  if (patch.category !== undefined) {
    changes.push([NOTE_KEYS.category, oneOf("category", categorySchema, patch.category)]);
  }
  if (patch.kind !== undefined)
    changes.push([NOTE_KEYS.kind, oneOf("kind", kindSchema, patch.kind)]);
  doc.transact(() => {
    for (const [key, value] of changes) note.set(key, value);
  });
}

/** Removes a note. */
export function deleteNote(doc: Y.Doc, noteId: string): void {
  noteMap(doc, noteId);
  notesMap(doc).delete(noteId);
}

/**
 * Puts a note into a family, or back into the unsorted pool with `null`. The notes stacked
 * under it move with it, and a stacked note moved alone leaves its stack (see `planMove`).
 */
export function moveNote(doc: Y.Doc, noteId: string, familyId: string | null): void {
  const note = noteMap(doc, noteId);
  if (familyId !== null && !(familiesMap(doc).get(familyId) instanceof Y.Map)) {
    throw new TrocNotFoundError("family", familyId);
  }
  const changes = new Changes();
  planMove(doc, [noteId], familyId, changes);
  doc.transact(() => {
    // Written even when unchanged, as before stacks existed: callers rely on a move being a
    // write (the permission tests send one to check it is refused). `moveNotes` skips it.
    note.set(NOTE_KEYS.familyId, familyId);
    changes.apply();
  });
}

function readParts(value: unknown): NotePart[] {
  if (!(value instanceof Y.Array) || value.length === 0) return [];
  const parts: NotePart[] = [];
  for (const item of value.toArray()) {
    if (!(item instanceof Y.Map)) continue;
    const parsed = notePartSchema.safeParse(item.toJSON());
    if (parsed.success) parts.push(parsed.data);
  }
  return parts;
}

function readInterested(value: unknown): string[] {
  if (!(value instanceof Y.Map)) return [];
  const ids: string[] = [];
  // forEach, not entries(): Yjs's iterator allocates per step, a third of a big export's reads.
  value.forEach((flag, participantId) => {
    if (flag === true) ids.push(participantId);
  });
  return ids.sort();
}

const COLORS = new Set<unknown>(NOTE_COLORS);
type NoteFields = Omit<NoteRecord, "parts" | "interested">;

/**
 * The fields as they are when every one is already valid, the case of every note written
 * by Troc; null sends the note through the forgiving zod reader. Reading straight into the
 * record, with no intermediate object, is what lets a 10,000-note board export in about 100 ms.
 */
function wellFormedFields(note: RecordMap): NoteFields | null {
  const id = note.get(NOTE_KEYS.id);
  const text = note.get(NOTE_KEYS.text);
  const color = note.get(NOTE_KEYS.color);
  const authorId = note.get(NOTE_KEYS.authorId);
  const authorName = note.get(NOTE_KEYS.authorName);
  const familyId = note.get(NOTE_KEYS.familyId);
  const createdAt = note.get(NOTE_KEYS.createdAt);
  const category = note.get(NOTE_KEYS.category);
  const kind = note.get(NOTE_KEYS.kind);
  const stackedInto = note.get(NOTE_KEYS.stackedInto);
  if (
    typeof id !== "string" ||
    id === "" ||
    typeof text !== "string" ||
    !COLORS.has(color) ||
    typeof authorId !== "string" ||
    typeof authorName !== "string" ||
    !(familyId === null || typeof familyId === "string") ||
    !isEpochMs(createdAt) ||
    !(category === undefined || category === "pro" || category === "perso") ||
    !(kind === undefined || kind === null || kind === "offer" || kind === "need") ||
    !(stackedInto === undefined || (typeof stackedInto === "string" && stackedInto !== ""))
  ) {
    return null;
  }
  const fields: NoteFields = {
    id,
    text,
    color: color as NoteColor,
    authorId,
    authorName,
    familyId,
    createdAt,
  };
  if (category !== undefined) fields.category = category;
  if (kind !== undefined) fields.kind = kind;
  if (stackedInto !== undefined) fields.stackedInto = stackedInto;
  return fields;
}

/** A note with some field out of shape (an old or foreign client), mended where it can be. */
function forgivingFields(note: RecordMap): NoteFields | null {
  const fields: Record<string, unknown> = {};
  for (const key of Object.values(NOTE_KEYS)) fields[key] = note.get(key);
  const parsed = noteFieldsSchema.safeParse(fields).data;
  if (!parsed) return null;
  // zod writes optional keys it caught as undefined; a record leaves them out.
  for (const key of ["category", "kind", "stackedInto"] as const)
    if (parsed[key] === undefined) delete parsed[key];
  return parsed as NoteFields; // the keys left undefined are gone, as the type says
}

/** Reads one note, or null when it is missing or too malformed to show. */
export function readNote(doc: Y.Doc, noteId: string): NoteRecord | null {
  return recordOf(notesMap(doc).get(noteId), noteId);
}

function recordOf(note: unknown, noteId: string): NoteRecord | null {
  if (!(note instanceof Y.Map)) return null;
  const fields = wellFormedFields(note) ?? forgivingFields(note);
  if (!fields || fields.id !== noteId) return null;
  const record = fields as NoteRecord; // fresh from either reader: completed in place
  record.parts = readParts(note.get(NOTE_KEYS.parts));
  record.interested = readInterested(note.get(NOTE_KEYS.interested));
  return record;
}

/** Oldest first, ties by id: the one order every list of notes uses. */
export const compareByCreation = (a: NoteRecord, b: NoteRecord): number =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every readable note, oldest first. */
export function readNotes(doc: Y.Doc): NoteRecord[] {
  const notes: NoteRecord[] = [];
  // forEach, not keys() then get(): one lookup per note and no iterator steps.
  notesMap(doc).forEach((value, id) => {
    const note = recordOf(value, id);
    if (note) notes.push(note);
  });
  return notes.sort(compareByCreation);
}

/**
 * Notes grouped by family id, oldest first in each group; the key `null` is the pool.
 * A note pointing at a family that no longer exists counts as unsorted.
 */
export function readNotesByFamily(doc: Y.Doc): Map<string | null, NoteRecord[]> {
  const groups = new Map<string | null, NoteRecord[]>([[null, []]]);
  const families = familiesMap(doc);
  for (const note of readNotes(doc)) {
    const key = note.familyId !== null && families.has(note.familyId) ? note.familyId : null;
    const group = groups.get(key);
    if (group) group.push(note);
    else groups.set(key, [note]);
  }
  return groups;
}

/** Notes written by one participant, newest first. */
export function readNotesByAuthor(doc: Y.Doc, authorId: string): NoteRecord[] {
  return readNotes(doc)
    .filter((note) => note.authorId === authorId)
    .reverse();
}

/** Adds a savoir, savoir-faire or savoir-être to a note (its text 1 to 280 characters). */
export function addPart(doc: Y.Doc, noteId: string, part: { type: PartType; text: string }): void {
  const parts = noteMap(doc, noteId).get(NOTE_KEYS.parts);
  if (!(parts instanceof Y.Array)) throw new TrocNotFoundError("note", noteId);
  const item = new Y.Map<unknown>();
  item.set(PART_KEYS.type, oneOf("type", partTypeSchema, part.type));
  item.set(PART_KEYS.text, cleanText("text", part.text, LIMITS.partText));
  parts.push([item]);
}
