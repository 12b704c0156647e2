import * as Y from "yjs";
import { NOTE_KEYS } from "../schema/note";
import { PART_KEYS, partTypeSchema } from "../schema/part";
import { notesMap, ROOTS } from "../schema/roots";
import { isCleanText, LIMITS } from "../schema/text";
import { noteFieldRules, valueIn } from "./noteFields";
import { UPDATE_LIMITS } from "./updateLimits";
import type { Landing, Place, UpdateView } from "./updateView";
import { refuse } from "./updateView";

/** What the rules need to know about the participant. */
export interface ParticipantContext {
  readonly participantId: string;
  /** Their registered name: the authorName of their notes. Unchecked when absent (tests). */
  readonly name?: string | undefined;
  readonly maxNotesPerParticipant?: number | undefined;
  /** How many notes they have now; counted from the document when not given. */
  readonly ownNotes?: (() => number) | undefined;
}

const idKey = (id: Y.ID): string => `${id.client}:${id.clock}`;

/** The single value a map entry holds, or undefined for nested types and other content. */

const isInert = (item: Y.Item): boolean => item.content instanceof Y.ContentDeleted;

/** A note this update creates: its key and the items written at each of its fields. */
interface CreatedNote {
  readonly id: Y.ID;
  readonly key: string;
  readonly fields: Map<string, Y.Item>;
}

/**
 * The rules of docs/security.md ("Roles") for one participant, over an update already shaped by
 * UpdateView: create notes of their own (complete, with their id as key, their id as author
 * and their registered name), change the text, colour, category, kind and parts of their own
 * notes, delete them, and set or remove their own interest on any note. Nothing else.
 */
export class ParticipantRules {
  private readonly created = new Map<string, CreatedNote>();
  private readonly partsAdded = new Map<string, { holder: Y.ID; count: number }>();
  private readonly owners = new Map<string, unknown>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly view: UpdateView,
    private readonly self: ParticipantContext,
  ) {}

  check(): void {
    this.collectCreatedNotes();
    for (const created of this.created.values()) {
      if (this.ownerOf(created.id) !== this.self.participantId) {
        refuse("author", "a note's authorId must be your own");
      }
    }
    for (const [item, landing] of this.view.items()) this.checkInsert(item, landing);
    this.checkCreatedNotes();
    this.checkPartCounts();
    this.checkDeletes();
  }

  private collectCreatedNotes(): void {
    for (const [item, landing] of this.view.items()) {
      if (landing === "inert" || landing.root !== ROOTS.notes) continue;
      const [note, field] = landing.levels;
      if (landing.levels.length === 1 && note?.sub && item.content instanceof Y.ContentType) {
        this.created.set(idKey(item.id), { id: item.id, key: note.sub, fields: new Map() });
      }
      const created = note && this.created.get(idKey(note.id));
      if (created && landing.levels.length === 2 && field?.sub) {
        created.fields.set(field.sub, item);
      }
    }
  }

  /** The author of the note held by item `noteId`: from the document, or as this update writes it. */
  private ownerOf(noteId: Y.ID): unknown {
    const key = idKey(noteId);
    if (this.owners.has(key)) return this.owners.get(key);
    let owner: unknown;
    const created = this.created.get(key);
    if (created) {
      const author = created.fields.get(NOTE_KEYS.authorId);
      owner = author && valueIn(author);
    } else {
      const item =
        noteId.clock < Y.getState(this.doc.store, noteId.client)
          ? Y.getItem(this.doc.store, noteId)
          : null;
      if (item instanceof Y.Item && item.content instanceof Y.ContentType) {
        const type = item.content.type;
        if (type instanceof Y.Map) owner = type.get(NOTE_KEYS.authorId);
      }
    }
    this.owners.set(key, owner);
    return owner;
  }

  private checkInsert(item: Y.Item, landing: Landing): void {
    if (landing === "inert") return; // lands in deleted content: Yjs deletes it at once
    const place = notesPlace(landing);
    const [note, field, element, leaf] = place.levels;
    if (!note?.sub) refuse("structure", "a note without a key");
    if (!field) {
      this.checkNoteItem(item, note.sub);
      return;
    }
    if (field.sub === NOTE_KEYS.interested && place.levels.length === 3) {
      if (element?.sub !== this.self.participantId) {
        refuse("interested", "you may only mark your own interest");
      }
      if (!isInert(item) && valueIn(item) !== true) {
        refuse("interested", "an interest is the value true");
      }
      return;
    }
    if (this.ownerOf(note.id) !== this.self.participantId) {
      refuse("other-note", "cannot change another person's note");
    }
    if (field.sub === NOTE_KEYS.parts && place.levels.length > 2) {
      if (element?.sub !== null) refuse("note-field", "a part is an array element");
      if (leaf) checkPartField(item, leaf.sub, place.levels.length);
      else this.countPart(item, field.id, note.id);
      return;
    }
    if (place.levels.length > 2 || field.sub === null) {
      refuse("note-field", "unexpected nesting in a note");
    }
    const created = this.created.get(idKey(note.id));
    const rule = noteFieldRules.get(field.sub);
    if (!rule) refuse("note-field", `unknown note field "${field.sub}"`);
    if (!rule.editable && !created) {
      refuse("note-field", `${field.sub} is set only when a note is created`);
    }
    if (isInert(item)) return;
    const ok = rule.valid(item, {
      self: this.self.participantId,
      name: this.self.name,
      key: note.sub,
    });
    if (!ok) refuse(rule.rule, `invalid ${field.sub}`);
  }

  /** A new entry in `notes`: a note of one's own, at a key that holds no live note. */
  private checkNoteItem(item: Y.Item, key: string): void {
    const current = notesMap(this.doc)._map.get(key);
    if (current && !current.deleted) {
      const type = current.content instanceof Y.ContentType ? current.content.type : null;
      const author = type instanceof Y.Map ? type.get(NOTE_KEYS.authorId) : undefined;
      refuse(
        "other-note",
        author === this.self.participantId
          ? "cannot replace a note"
          : "cannot replace another person's note",
      );
    }
    if (isInert(item)) return;
    if (!(item.content instanceof Y.ContentType && item.content.type instanceof Y.Map)) {
      refuse("note-field", "a note must be a map");
    }
  }

  private countPart(item: Y.Item, parts: Y.ID, note: Y.ID): void {
    if (isInert(item)) return;
    if (!(item.content instanceof Y.ContentType && item.content.type instanceof Y.Map)) {
      refuse("note-field", "a part must be a map");
    }
    if (Y.isDeleted(this.view.ds, item.id)) return;
    const entry = this.partsAdded.get(idKey(note)) ?? { holder: parts, count: 0 };
    entry.count += 1;
    this.partsAdded.set(idKey(note), entry);
  }

  private checkPartCounts(): void {
    for (const { holder, count } of this.partsAdded.values()) {
      const item =
        holder.clock < Y.getState(this.doc.store, holder.client)
          ? Y.getItem(this.doc.store, holder)
          : null;
      const existing =
        item instanceof Y.Item && item.content instanceof Y.ContentType
          ? item.content.type._length
          : 0;
      if (existing + count > UPDATE_LIMITS.maxPartsPerNote) {
        refuse("note-field", `at most ${UPDATE_LIMITS.maxPartsPerNote} parts per skill`);
      }
    }
  }

  /** Notes created whole: every field the board reads, with the author's own id as key. */
  private checkCreatedNotes(): void {
    let live = 0;
    for (const created of this.created.values()) {
      if (Y.isDeleted(this.view.ds, created.id)) continue;
      for (const key of REQUIRED_AT_CREATION) {
        if (!created.fields.has(key)) refuse("note-field", `a new note needs its ${key}`);
      }
      live += 1;
    }
    const max = this.self.maxNotesPerParticipant;
    if (max === undefined || live === 0) return;
    const own = this.self.ownNotes
      ? this.self.ownNotes()
      : countNotesOf(this.doc, this.self.participantId);
    if (own + live > max) refuse("note-limit", `at most ${max} notes each`);
  }

  /**
   * Deletes: one's own notes (with everything in them), values one overwrites in one's own
   * notes, one's own parts, one's own interest marks. Already deleted content is skipped,
   * and content this update inserts was checked as an insert.
   */
  private checkDeletes(): void {
    const store = this.doc.store;
    for (const [client, ranges] of this.view.ds.clients) {
      const structs = store.clients.get(client);
      const state = Y.getState(store, client);
      if (!structs) continue;
      for (const range of ranges) {
        const end = Math.min(range.clock + range.len, state);
        if (range.clock >= end) continue;
        for (let i = Y.findIndexSS(structs, range.clock); i < structs.length; i++) {
          const struct = structs[i];
          if (!struct || struct.id.clock >= end) break;
          if (struct instanceof Y.Item && !struct.deleted) this.checkDelete(struct);
        }
      }
    }
  }

  private checkDelete(item: Y.Item): void {
    const landing = this.view.docLanding(item);
    if (landing === "inert") return;
    const place = notesPlace(landing);
    const [note, field, element] = place.levels;
    if (!note) refuse("unknown-target", "cannot place a delete");
    const mine = this.ownerOf(note.id) === this.self.participantId;
    const noteGoes = place.levels.length === 1 || Y.isDeleted(this.view.ds, note.id);
    if (noteGoes) {
      if (mine) return;
      refuse("other-note", "cannot delete another person's note");
    }
    if (field?.sub === NOTE_KEYS.interested && place.levels.length === 3) {
      if (element?.sub === this.self.participantId) return;
      refuse("interested", "cannot remove another person's interest");
    }
    if (!mine) refuse("other-note", "cannot change another person's note");
    if (field?.sub === NOTE_KEYS.parts && place.levels.length > 2) return;
    if (place.levels.length === 2 && field?.sub && noteFieldRules.get(field.sub)?.editable) return;
    refuse("note-field", `cannot remove ${field?.sub ?? "that"} from a note`);
  }
}

/** Participants write under `notes` only. */
function notesPlace(landing: Place): Place {
  switch (landing.root) {
    case ROOTS.notes:
      return landing;
    case ROOTS.meta:
      return refuse("meta", "only the facilitator changes the workshop settings");
    case ROOTS.families:
      return refuse("families", "only the facilitator changes families");
    default:
      return refuse("unknown-root", `unknown root type "${landing.root}"`);
  }
}

const REQUIRED_AT_CREATION = [
  NOTE_KEYS.id,
  NOTE_KEYS.text,
  NOTE_KEYS.color,
  NOTE_KEYS.authorId,
  NOTE_KEYS.authorName,
  NOTE_KEYS.createdAt,
  NOTE_KEYS.parts,
  NOTE_KEYS.interested,
] as const;

function checkPartField(item: Y.Item, key: string | null, depth: number): void {
  if (depth !== 4) refuse("note-field", "unexpected nesting in a part");
  if (isInert(item)) return;
  const value = valueIn(item);
  if (key === PART_KEYS.type && partTypeSchema.safeParse(value).success) return;
  if (key === PART_KEYS.text && isCleanText(value, LIMITS.partText)) return;
  refuse("note-field", `invalid part ${key ?? "entry"}`);
}

/** Notes whose author is `authorId`, by a walk over the board (callers without an index). */
function countNotesOf(doc: Y.Doc, authorId: string): number {
  let count = 0;
  for (const note of notesMap(doc).values()) {
    if (note instanceof Y.Map && note.get(NOTE_KEYS.authorId) === authorId) count++;
  }
  return count;
}
