import * as Y from "yjs";
import { TrocNotFoundError } from "../errors";
import { NOTE_KEYS } from "../schema/note";
import type { RecordMap } from "../schema/roots";
import { familiesMap, notesMap } from "../schema/roots";

/** The Y.Map of a note; throws TrocNotFoundError when the document does not hold it. */
export function requireNote(doc: Y.Doc, noteId: string): RecordMap {
  const note = notesMap(doc).get(noteId);
  if (!(note instanceof Y.Map)) throw new TrocNotFoundError("note", noteId);
  return note;
}

/** The Y.Map of a family; throws TrocNotFoundError when the document does not hold it. */
export function requireFamily(doc: Y.Doc, familyId: string): RecordMap {
  const family = familiesMap(doc).get(familyId);
  if (!(family instanceof Y.Map)) throw new TrocNotFoundError("family", familyId);
  return family;
}

const REMOVE = Symbol("remove");

/**
 * The writes one user action makes, gathered first and applied together. A Yjs `set` of the
 * value a key already holds is still a change (a new item on the wire, an undo step that undoes
 * nothing), so only writes that differ from the document are applied, and an action with none
 * opens no transaction at all.
 */
export class Changes {
  private readonly pending = new Map<Y.Map<unknown>, Map<string, unknown>>();

  set(map: Y.Map<unknown>, key: string, value: unknown): void {
    const keys = this.pending.get(map) ?? new Map<string, unknown>();
    keys.set(key, value);
    this.pending.set(map, keys);
  }

  remove(map: Y.Map<unknown>, key: string): void {
    this.set(map, key, REMOVE);
  }

  /** True when applying would change the document as it is now. */
  get any(): boolean {
    for (const [map, keys] of this.pending) {
      for (const [key, value] of keys) if (differs(map, key, value)) return true;
    }
    return false;
  }

  /** Applies the differing writes; call inside a transaction. */
  apply(): void {
    for (const [map, keys] of this.pending) {
      for (const [key, value] of keys) {
        if (!differs(map, key, value)) continue;
        if (value === REMOVE) map.delete(key);
        else map.set(key, value);
      }
    }
  }

  /** Applies the differing writes in one transaction, so they undo as one step. */
  commit(doc: Y.Doc): void {
    if (this.any) doc.transact(() => this.apply());
  }
}

function differs(map: Y.Map<unknown>, key: string, value: unknown): boolean {
  return value === REMOVE ? map.has(key) : map.get(key) !== value;
}

/**
 * Ids of the notes stacked, directly or through a chain, under any of `keptIds` (not those
 * themselves). Chains only arise from two facilitators stacking at once; following them keeps
 * such notes with their stack. One scan of the notes, whatever the number of ids.
 */
export function stackedUnder(doc: Y.Doc, keptIds: Iterable<string>): Set<string> {
  const children = new Map<string, string[]>();
  for (const [id, note] of notesMap(doc).entries()) {
    if (!(note instanceof Y.Map)) continue;
    const into = note.get(NOTE_KEYS.stackedInto);
    if (typeof into !== "string") continue;
    const list = children.get(into);
    if (list) list.push(id);
    else children.set(into, [id]);
  }
  const roots = new Set(keptIds);
  const found = new Set<string>();
  const queue = [...roots];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const child of children.get(id) ?? []) {
      if (roots.has(child) || found.has(child)) continue;
      found.add(child);
      queue.push(child);
    }
  }
  return found;
}
