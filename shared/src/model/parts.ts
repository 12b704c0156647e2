/**
 * Editing a note's parts (its savoirs, savoir-faire and savoir-être) after they were added;
 * `addPart` lives with the notes. A part is addressed by its index in the list `readNote`
 * gives, not in the raw Y.Array: a malformed entry (an old or hand-made document) is skipped
 * by readers, and the board must never edit or remove a part the facilitator cannot see.
 */
import * as Y from "yjs";
import { TrocNotFoundError } from "../errors";
import { NOTE_KEYS } from "../schema/note";
import { notePartSchema, PART_KEYS } from "../schema/part";
import { cleanText, LIMITS } from "../schema/text";
import { requireNote } from "./records";

interface PartSlot {
  parts: Y.Array<unknown>;
  /** Position in the Y.Array. */
  at: number;
  part: Y.Map<unknown>;
}

function partSlot(doc: Y.Doc, noteId: string, index: number): PartSlot {
  const parts = requireNote(doc, noteId).get(NOTE_KEYS.parts);
  // TrocNotFoundError knows notes and families only; the id says which part was missing.
  const missing = () => new TrocNotFoundError("note", `${noteId}/parts/${index}`);
  if (!(parts instanceof Y.Array) || !Number.isInteger(index) || index < 0) throw missing();
  let readable = 0;
  const items = parts.toArray();
  for (let at = 0; at < items.length; at += 1) {
    const part = items[at];
    if (!(part instanceof Y.Map) || !notePartSchema.safeParse(part.toJSON()).success) continue;
    if (readable === index) return { parts, at, part };
    readable += 1;
  }
  throw missing();
}

/**
 * Changes the text of a note's part (1 to 280 characters once trimmed), keeping its type.
 * The part's own map is written, not replaced, so a concurrent edit of another part or of the
 * note is never lost; the same text again writes nothing (no empty undo step).
 */
export function editPart(doc: Y.Doc, noteId: string, index: number, text: string): void {
  const clean = cleanText("text", text, LIMITS.partText);
  const { part } = partSlot(doc, noteId, index);
  if (part.get(PART_KEYS.text) !== clean) part.set(PART_KEYS.text, clean);
}

/** Removes a note's part. Unknown note or index: TrocNotFoundError. */
export function removePart(doc: Y.Doc, noteId: string, index: number): void {
  const { parts, at } = partSlot(doc, noteId, index);
  parts.delete(at, 1);
}
