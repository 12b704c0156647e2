import * as Y from "yjs";
import { META_KEYS } from "../schema/meta";
import { FACILITATOR_AUTHOR_ID, NOTE_KEYS } from "../schema/note";
import { metaMap, notesMap } from "../schema/roots";

/** True while participants must not receive each other's notes (silent brainstorm). */
export function isSilentWriting(doc: Y.Doc): boolean {
  const meta = metaMap(doc);
  return (
    meta.get(META_KEYS.phase) === "writing" && meta.get(META_KEYS.hideOthersWhileWriting) === true
  );
}

/** Turns silent writing on or off (facilitator only, checked by the server). */
export function setHideOthersWhileWriting(doc: Y.Doc, hide: boolean): void {
  metaMap(doc).set(META_KEYS.hideOthersWhileWriting, hide);
}

/**
 * Which participant each Yjs client id wrote notes for, read from the note items themselves
 * (the facilitator's notes are left out: their clients are never withheld).
 * A participant's client only ever writes their own notes (the server enforces it), so
 * during silent writing the server withholds every other participant's client ids.
 */
export function noteAuthorsByClient(doc: Y.Doc): Map<number, string> {
  const authors = new Map<number, string>();
  for (const note of notesMap(doc).values()) {
    if (!(note instanceof Y.Map) || note._item === null) continue;
    const author = note.get(NOTE_KEYS.authorId);
    if (typeof author === "string" && author !== FACILITATOR_AUTHOR_ID) {
      authors.set(note._item.id.client, author);
    }
  }
  return authors;
}
