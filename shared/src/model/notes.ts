import * as Y from "yjs";
import type { z } from "zod";
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
  if (!(value instanceof Y.Array)) return [];
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
  for (const [participantId, flag] of value.entries()) if (flag === true) ids.push(participantId);
  return ids.sort();
}

type NoteFields = z.infer<typeof noteFieldsSchema>;
const FIELD_KEYS = [
  NOTE_KEYS.id,
  NOTE_KEYS.text,
  NOTE_KEYS.color,
  NOTE_KEYS.authorId,
  NOTE_KEYS.authorName,
  NOTE_KEYS.familyId,
  NOTE_KEYS.createdAt,
  NOTE_KEYS.category,
  NOTE_KEYS.kind,
  NOTE_KEYS.stackedInto,
] as const;
const COLORS = new Set<unknown>(NOTE_COLORS);

/**
 * The fields as they are when every one is already valid, the case of every note written
 * by Troc; null sends the note through the forgiving zod reader. Reading 10,000 notes this
 * way takes a third of the time (the skills-map export of a big board depends on it).
 */
function wellFormedFields(f: Record<string, unknown>): NoteFields | null {
  const {
    id,
    text,
    color,
    authorId,
    authorName,
    familyId,
    createdAt,
    category,
    kind,
    stackedInto,
  } = f;
  if (
    typeof id !== "string" ||
    id === "" ||
    typeof text !== "string" ||
    !COLORS.has(color) ||
    typeof authorId !== "string" ||
    typeof authorName !== "string" ||
    !(familyId === null || typeof familyId === "string") ||
    typeof createdAt !== "number" ||
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

/** Reads one note, or null when it is missing or too malformed to show. */
export function readNote(doc: Y.Doc, noteId: string): NoteRecord | null {
  const note = notesMap(doc).get(noteId);
  if (!(note instanceof Y.Map)) return null;
  // By name: cheaper than iterating entries, and the reader knows no other key.
  const fields: Record<string, unknown> = {};
  for (const key of FIELD_KEYS) {
    const value = note.get(key);
    if (value !== undefined) fields[key] = value;
  }
  const parsed = wellFormedFields(fields) ?? noteFieldsSchema.safeParse(fields).data;
  if (!parsed || parsed.id !== noteId) return null;
  const { category, kind, stackedInto, ...rest } = parsed;
  const record: NoteRecord = {
    ...rest,
    parts: readParts(note.get(NOTE_KEYS.parts)),
    interested: readInterested(note.get(NOTE_KEYS.interested)),
  };
  if (category !== undefined) record.category = category;
  if (kind !== undefined) record.kind = kind;
  if (stackedInto !== undefined) record.stackedInto = stackedInto;
  return record;
}

/** Oldest first, ties by id: the one order every list of notes uses. */
export const compareByCreation = (a: NoteRecord, b: NoteRecord): number =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every readable note, oldest first. */
export function readNotes(doc: Y.Doc): NoteRecord[] {
  const notes: NoteRecord[] = [];
  for (const id of notesMap(doc).keys()) {
    const note = readNote(doc, id);
    if (note) notes.push(note);
  }
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
