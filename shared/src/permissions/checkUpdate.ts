import * as Y from "yjs";
import { readNotesByAuthor } from "../model/notes";
import { META_KEYS } from "../schema/meta";
import { categorySchema, kindSchema, NOTE_KEYS, noteColorSchema } from "../schema/note";
import { metaMap, notesMap, ROOTS } from "../schema/roots";
import { LIMITS } from "../schema/text";
import type { Actor, Refusal } from "./actor";
import type { Place } from "./place";
import { PlaceResolver, sameId } from "./place";

/** Note fields a participant may change on their own notes, with the values each may take. */
const EDITABLE: Readonly<Record<string, (value: unknown) => boolean>> = {
  [NOTE_KEYS.text]: (v) =>
    typeof v === "string" &&
    v.trim().length >= LIMITS.noteText.min &&
    [...v.trim()].length <= LIMITS.noteText.max,
  [NOTE_KEYS.color]: (v) => noteColorSchema.safeParse(v).success,
  [NOTE_KEYS.category]: (v) => categorySchema.safeParse(v).success,
  [NOTE_KEYS.kind]: (v) => kindSchema.safeParse(v).success,
};

/** Fields written once, when the note is created; the value checks take the author's id. */
const AT_CREATION: Readonly<Record<string, (value: unknown, self: string) => boolean>> = {
  [NOTE_KEYS.id]: (v) => typeof v === "string" && v.length > 0 && v.length <= 64,
  [NOTE_KEYS.authorId]: (v, self) => v === self,
  [NOTE_KEYS.authorName]: (v) =>
    typeof v === "string" && [...v].length <= LIMITS.personName.max && v.trim() !== "",
  [NOTE_KEYS.familyId]: (v) => v === null,
  [NOTE_KEYS.createdAt]: (v) => typeof v === "number" && Number.isFinite(v),
};
const NESTED_AT_CREATION: Readonly<Record<string, (type: unknown) => boolean>> = {
  [NOTE_KEYS.parts]: (type) => type instanceof Y.Array,
  [NOTE_KEYS.interested]: (type) => type instanceof Y.Map,
};

const KNOWN_ROOTS = new Set<string>(Object.values(ROOTS));

/** Server-side limits checked with the rules. */
export interface UpdateLimits {
  /** Notes one participant may have on the board at once. */
  maxNotesPerParticipant?: number;
}

/** Yjs does not export its DeleteSet type; this is what decodeUpdate returns. */
type DeleteSet = ReturnType<typeof Y.decodeUpdate>["ds"];

const refuse = (rule: Refusal["rule"], reason: string): Refusal => ({ rule, reason });

/** The single value a map entry holds, or undefined for nested types and other content. */
function primitiveOf(item: Y.Item): unknown {
  const content = item.content;
  return content instanceof Y.ContentAny && content.arr.length === 1 ? content.arr[0] : undefined;
}

function nestedTypeOf(item: Y.Item): Y.AbstractType<unknown> | null {
  return item.content instanceof Y.ContentType ? item.content.type : null;
}

/**
 * Decides whether `actor` may apply `update` to `doc`, per DESIGN.md's "Who may change what":
 * every inserted item and every deleted one is placed in the document and checked. Returns
 * null when the whole update is allowed, or the first rule it breaks. Pure: `doc` is only read.
 */
export function checkUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  actor: Actor,
  limits: UpdateLimits = {},
): Refusal | null {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return refuse("malformed", "not a Yjs update");
  }
  const items = decoded.structs.filter((s): s is Y.Item => s instanceof Y.Item);
  const resolver = new PlaceResolver(doc, decoded.structs);
  const fresh = items.filter((item) => !resolver.isKnown(item));

  if (actor.role === "facilitator") {
    for (const item of fresh) {
      const place = resolver.placeOf(item);
      if (place && !KNOWN_ROOTS.has(place.root)) {
        return refuse("unknown-root", `unknown root type "${place.root}"`);
      }
    }
    return null;
  }

  const deleted = deletedItems(decoded.ds, resolver);
  if (deleted === null) return refuse("unknown-target", "deletes content the server does not have");
  const hasGap = decoded.structs.some(
    (s) =>
      s.id.clock > Y.getState(doc.store, s.id.client) &&
      !resolver.updateStruct(new Y.ID(s.id.client, s.id.clock - 1)),
  );
  if (hasGap) return refuse("unknown-target", "skips ahead of what the server has");
  if (fresh.length === 0 && deleted.length === 0) return null;
  if (metaMap(doc).get(META_KEYS.phase) === "closed") {
    return refuse("closed", "the workshop is closed");
  }

  const notes = notesMap(doc);
  const rules = new ParticipantRules(resolver, actor.participantId, decoded.ds, (key) => {
    const note = notes.get(key);
    return note instanceof Y.Map ? note.get(NOTE_KEYS.authorId) : undefined;
  });
  for (const item of fresh) {
    const refusal = rules.checkInsert(item);
    if (refusal) return refusal;
  }
  for (const item of deleted) {
    const refusal = rules.checkDelete(item);
    if (refusal) return refusal;
  }
  const max = limits.maxNotesPerParticipant;
  if (max !== undefined && rules.notesCreated > 0) {
    const own = readNotesByAuthor(doc, actor.participantId).length;
    if (own + rules.notesCreated > max) return refuse("note-limit", `at most ${max} notes each`);
  }
  return null;
}

/**
 * True when applying `update` to `doc` would change nothing: every struct is already known
 * and every delete already done (a client's sync step 2 often is such an update). Malformed
 * updates count as changes.
 */
export function changesNothing(doc: Y.Doc, update: Uint8Array): boolean {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return false;
  }
  const known = decoded.structs.every(
    (s) => s.id.clock + s.length <= Y.getState(doc.store, s.id.client),
  );
  if (!known) return false;
  const resolver = new PlaceResolver(doc, []);
  const deleted = deletedItems(decoded.ds, resolver);
  return deleted !== null && deleted.length === 0;
}

/**
 * The items a delete set removes that are not removed yet, or null when it names clocks that
 * neither the document nor the update holds (Yjs would keep such deletes pending and apply
 * them to someone else's future content).
 */
function deletedItems(ds: DeleteSet, resolver: PlaceResolver): Y.Item[] | null {
  const found: Y.Item[] = [];
  for (const [client, ranges] of ds.clients) {
    for (const range of ranges) {
      let clock = range.clock;
      while (clock < range.clock + range.len) {
        const id = new Y.ID(client, clock);
        const known = resolver.knownStruct(id);
        if (known) {
          // Already deleted (or garbage-collected) content: deleting it again changes nothing.
          if (known instanceof Y.Item && !known.deleted) found.push(known);
          clock = known.id.clock + known.length;
          continue;
        }
        const struct = resolver.updateStruct(id);
        if (!struct) return null;
        // A garbage-collected range of the update itself: deleted before it was sent.
        if (struct instanceof Y.Item) found.push(struct);
        clock = struct.id.clock + struct.length;
      }
    }
  }
  return found;
}

/** Checks one participant's inserts and deletes against the rules of DESIGN.md. */
class ParticipantRules {
  private readonly authors = new Map<string, unknown>();
  /** Notes this update creates, for the per-participant cap. */
  notesCreated = 0;

  constructor(
    private readonly resolver: PlaceResolver,
    private readonly self: string,
    private readonly ds: DeleteSet,
    /** The authorId of the live note at a key of `notes` in the document, if any. */
    private readonly noteAuthorAt: (key: string) => unknown,
  ) {}

  checkInsert(item: Y.Item): Refusal | null {
    const place = this.resolver.placeOf(item);
    const rootRefusal = this.checkRoot(place);
    if (rootRefusal || !place) return rootRefusal;
    const [note, field, child] = place.levels;
    if (!note) return refuse("unknown-target", "cannot place a change");
    // Content written and deleted before it was sent (offline) arrives as ContentDeleted:
    // no value to check, but it still lands at its key, so where it lands is checked.
    const inert = item.content instanceof Y.ContentDeleted;
    if (!field) {
      // Yjs lets a new map entry replace the current one without a delete: never another's note.
      const current = note.sub === null ? undefined : this.noteAuthorAt(note.sub);
      if (current !== undefined && current !== this.self) {
        return refuse("other-note", "cannot replace another person's note");
      }
      if (inert) return null;
      if (!(nestedTypeOf(item) instanceof Y.Map))
        return refuse("note-field", "a note must be a map");
      if (!this.createdHere(note.id)) return refuse("other-note", "cannot replace a note");
      if (this.authorOf(note.id) !== this.self) {
        return refuse("author", "a note's authorId must be your own");
      }
      this.notesCreated += 1;
      return null;
    }
    // Inside a note that was itself created and deleted before it was sent: nothing remains.
    if (this.resolver.inUpdate(note.id)?.content instanceof Y.ContentDeleted) return null;
    const key = field.sub;
    if (key === NOTE_KEYS.interested && place.levels.length >= 3) {
      const value = inert ? true : primitiveOf(item);
      return this.checkInterest(child?.sub ?? null, place.levels.length, value);
    }
    if (this.authorOf(note.id) !== this.self) {
      return refuse("other-note", "cannot change another person's note");
    }
    if (key === NOTE_KEYS.parts && place.levels.length > 2) return null;
    if (place.levels.length > 2 || key === null) {
      return refuse("note-field", "unexpected nesting in a note");
    }
    const editable = EDITABLE[key];
    if (editable) {
      return inert || editable(primitiveOf(item))
        ? null
        : refuse("note-field", `invalid value for ${key}`);
    }
    if (inert) {
      return this.createdHere(note.id)
        ? null
        : refuse("note-field", `${key} is set only when a note is created`);
    }
    return this.checkCreationField(item, note.id, key);
  }

  checkDelete(item: Y.Item): Refusal | null {
    // Deleting what this same update inserts: the insert was checked, the delete changes nothing.
    if (!this.resolver.knownStruct(item.id)) return null;
    const place = this.resolver.placeOf(item);
    const rootRefusal = this.checkRoot(place);
    if (rootRefusal || !place) return rootRefusal;
    const [note, field, child] = place.levels;
    if (!note) return refuse("unknown-target", "cannot place a delete");
    const owner = this.authorOf(note.id);
    const noteGoes =
      Y.isDeleted(this.ds, note.id) || this.resolver.inDoc(note.id)?.deleted === true;
    if (!field || noteGoes) {
      return owner === this.self
        ? null
        : refuse("other-note", "cannot delete another person's note");
    }
    if (field.sub === NOTE_KEYS.interested && place.levels.length === 3) {
      return child?.sub === this.self
        ? null
        : refuse("interested", "cannot remove another person's interest");
    }
    if (owner !== this.self) return refuse("other-note", "cannot change another person's note");
    if (field.sub === NOTE_KEYS.parts && place.levels.length > 2) return null;
    if (place.levels.length === 2 && field.sub !== null && field.sub in EDITABLE) return null;
    return refuse("note-field", `cannot remove ${field.sub ?? "that"} from a note`);
  }

  private checkRoot(place: Place | null): Refusal | null {
    if (!place) return refuse("unknown-target", "refers to content the server does not have");
    switch (place.root) {
      case ROOTS.notes:
        return null;
      case ROOTS.meta:
        return refuse("meta", "only the facilitator changes the workshop settings");
      case ROOTS.families:
        return refuse("families", "only the facilitator changes families");
      default:
        return refuse("unknown-root", `unknown root type "${place.root}"`);
    }
  }

  private checkInterest(
    participantId: string | null,
    depth: number,
    value: unknown,
  ): Refusal | null {
    if (depth !== 3 || participantId !== this.self) {
      return refuse("interested", "you may only mark your own interest");
    }
    return value === true ? null : refuse("interested", "an interest is the value true");
  }

  private checkCreationField(item: Y.Item, noteId: Y.ID, key: string): Refusal | null {
    if (!this.createdHere(noteId))
      return refuse("note-field", `${key} is set only when a note is created`);
    const nested = NESTED_AT_CREATION[key];
    if (nested) {
      return nested(nestedTypeOf(item)) ? null : refuse("note-field", `${key} has the wrong type`);
    }
    const check = AT_CREATION[key];
    if (!check) return refuse("note-field", `unknown note field "${key}"`);
    if (key === NOTE_KEYS.familyId && primitiveOf(item) !== null) {
      return refuse("note-field", "only the facilitator sorts notes into families");
    }
    return check(primitiveOf(item), this.self) ? null : refuse("author", `invalid ${key}`);
  }

  private createdHere(noteId: Y.ID): boolean {
    const item = this.resolver.inUpdate(noteId);
    return item !== null && sameId(item.id, noteId);
  }

  /** The authorId of the note held by item `noteId`, from the document or from this update. */
  private authorOf(noteId: Y.ID): unknown {
    const key = `${noteId.client}:${noteId.clock}`;
    if (this.authors.has(key)) return this.authors.get(key);
    let author: unknown;
    const existing = this.resolver.inDoc(noteId);
    const type = existing && nestedTypeOf(existing);
    if (type instanceof Y.Map) author = type.get(NOTE_KEYS.authorId);
    else if (this.createdHere(noteId)) author = this.authorWrittenInUpdate(noteId);
    this.authors.set(key, author);
    return author;
  }

  private authorWrittenInUpdate(noteId: Y.ID): unknown {
    const update = this.resolver;
    let author: unknown;
    for (const item of this.allUpdateItemsUnder(noteId)) {
      const place = update.placeOf(item);
      if (place?.levels.length === 2 && place.levels[1]?.sub === NOTE_KEYS.authorId) {
        author = primitiveOf(item);
      }
    }
    return author;
  }

  private *allUpdateItemsUnder(noteId: Y.ID): Generator<Y.Item> {
    for (const item of this.resolver.items()) {
      const place = this.resolver.placeOf(item);
      const note = place?.levels[0];
      if (note && sameId(note.id, noteId)) yield item;
    }
  }
}
