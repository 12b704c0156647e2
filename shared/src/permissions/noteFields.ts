import * as Y from "yjs";
import { categorySchema, kindSchema, NOTE_KEYS, noteColorSchema } from "../schema/note";
import { isCleanText, LIMITS } from "../schema/text";
import { isEpochMs } from "../schema/time";
import type { Refusal } from "./actor";

/** Who writes the field and what was given: the author's id and name, the note's key. */
export interface FieldContext {
  readonly self: string;
  readonly name: string | undefined;
  readonly key: string;
}

/** What a participant may write in a field of their own note. */
export interface FieldRule {
  /** Changed after creation too; otherwise written only when the note is created. */
  readonly editable: boolean;
  /** The rule named when the value is refused. */
  readonly rule: Refusal["rule"];
  readonly valid: (item: Y.Item, context: FieldContext) => boolean;
}

/** The single value a map entry holds, or undefined for nested types and other content. */
export const valueIn = (item: Y.Item): unknown =>
  item.content instanceof Y.ContentAny && item.content.arr.length === 1
    ? item.content.arr[0]
    : undefined;

const plain =
  (check: (value: unknown, context: FieldContext) => boolean) =>
  (item: Y.Item, context: FieldContext): boolean =>
    check(valueIn(item), context);

const nested =
  (type: typeof Y.Map | typeof Y.Array) =>
  (item: Y.Item): boolean =>
    item.content instanceof Y.ContentType && item.content.type instanceof type;

/** The fields of a note a participant may write, one rule each; anything else is refused. */
export const noteFieldRules: ReadonlyMap<string, FieldRule> = new Map<string, FieldRule>([
  [
    NOTE_KEYS.text,
    { editable: true, rule: "note-field", valid: plain((v) => isCleanText(v, LIMITS.noteText)) },
  ],
  [
    NOTE_KEYS.color,
    {
      editable: true,
      rule: "note-field",
      valid: plain((v) => noteColorSchema.safeParse(v).success),
    },
  ],
  [
    NOTE_KEYS.category,
    {
      editable: true,
      rule: "note-field",
      valid: plain((v) => categorySchema.safeParse(v).success),
    },
  ],
  [
    NOTE_KEYS.kind,
    { editable: true, rule: "note-field", valid: plain((v) => kindSchema.safeParse(v).success) },
  ],
  // The id is the note's key: the per-participant cap counts keys.
  [NOTE_KEYS.id, { editable: false, rule: "note-field", valid: plain((v, c) => v === c.key) }],
  [NOTE_KEYS.authorId, { editable: false, rule: "author", valid: plain((v, c) => v === c.self) }],
  [
    NOTE_KEYS.authorName,
    {
      editable: false,
      rule: "author",
      valid: plain(
        (v, c) => isCleanText(v, LIMITS.personName) && (c.name === undefined || v === c.name),
      ),
    },
  ],
  [NOTE_KEYS.familyId, { editable: false, rule: "note-field", valid: plain((v) => v === null) }],
  [
    NOTE_KEYS.createdAt,
    {
      editable: false,
      rule: "note-field",
      valid: plain(isEpochMs),
    },
  ],
  [NOTE_KEYS.parts, { editable: false, rule: "note-field", valid: nested(Y.Array) }],
  [NOTE_KEYS.interested, { editable: false, rule: "note-field", valid: nested(Y.Map) }],
]);
