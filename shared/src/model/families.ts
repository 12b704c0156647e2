import * as Y from "yjs";
import { TrocNotFoundError } from "../errors";
import type { FamilyRecord } from "../schema/family";
import {
  clampCoordinate,
  cleanPosition,
  FAMILY_KEYS,
  familyColorSchema,
  familyRecordSchema,
} from "../schema/family";
import { NOTE_KEYS } from "../schema/note";
import type { FamilyColor } from "../schema/palette";
import { FAMILY_COLORS } from "../schema/palette";
import type { RecordMap } from "../schema/roots";
import { familiesMap, notesMap } from "../schema/roots";
import { cleanText, LIMITS, oneOf } from "../schema/text";
import { newRecordId } from "./recordId";

export interface NewFamilyInput {
  name: string;
  color: FamilyColor;
  /** Where to put it on the canvas; give both or neither (neither: the board lays it out). */
  x?: number | undefined;
  y?: number | undefined;
}

/** Every readable family, in board order (`order`, then creation time). */
export function readFamilies(doc: Y.Doc): FamilyRecord[] {
  const families: FamilyRecord[] = [];
  for (const [id, family] of familiesMap(doc).entries()) {
    if (!(family instanceof Y.Map)) continue;
    const parsed = familyRecordSchema.safeParse(family.toJSON());
    if (!parsed.success || parsed.data.id !== id) continue;
    const { x, y, ...record } = parsed.data;
    // A position is both coordinates or none, so the board never half-places a cluster.
    families.push(
      x === undefined || y === undefined
        ? record
        : { ...record, x: clampCoordinate(x), y: clampCoordinate(y) },
    );
  }
  return families.sort((a, b) => a.order - b.order || a.createdAt - b.createdAt);
}

/** The colour a new family takes: the palette in turn, so neighbours differ. */
export function nextFamilyColor(doc: Y.Doc): FamilyColor {
  return FAMILY_COLORS[readFamilies(doc).length % FAMILY_COLORS.length] ?? "slate";
}

/** Creates a family at the end of the board and returns its id. */
export function createFamily(
  doc: Y.Doc,
  input: NewFamilyInput,
  options: { id?: string; now?: number; order?: number } = {},
): string {
  const name = cleanText("name", input.name, LIMITS.familyName);
  const color = oneOf("color", familyColorSchema, input.color);
  const position = input.x === undefined && input.y === undefined ? null : cleanPosition(input);
  const id = options.id ?? newRecordId();
  // Last by default; an import that creates families in order gives it, saving a scan each.
  const order =
    options.order ?? readFamilies(doc).reduce((max, f) => Math.max(max, f.order + 1), 0);
  const family: RecordMap = new Y.Map();
  family.set(FAMILY_KEYS.id, id);
  family.set(FAMILY_KEYS.name, name);
  family.set(FAMILY_KEYS.color, color);
  family.set(FAMILY_KEYS.order, order);
  family.set(FAMILY_KEYS.createdAt, options.now ?? Date.now());
  if (position) {
    family.set(FAMILY_KEYS.x, position.x);
    family.set(FAMILY_KEYS.y, position.y);
  }
  familiesMap(doc).set(id, family);
  return id;
}

function familyMap(doc: Y.Doc, familyId: string): RecordMap {
  const family = familiesMap(doc).get(familyId);
  if (!(family instanceof Y.Map)) throw new TrocNotFoundError("family", familyId);
  return family;
}

/** Renames a family. */
export function renameFamily(doc: Y.Doc, familyId: string, name: string): void {
  const family = familyMap(doc, familyId);
  family.set(FAMILY_KEYS.name, cleanText("name", name, LIMITS.familyName));
}

/** Deletes a family; its notes go back to the unsorted pool in the same transaction. */
export function deleteFamily(doc: Y.Doc, familyId: string): void {
  familyMap(doc, familyId);
  doc.transact(() => {
    for (const note of notesMap(doc).values()) {
      if (note instanceof Y.Map && note.get(NOTE_KEYS.familyId) === familyId) {
        note.set(NOTE_KEYS.familyId, null);
      }
    }
    familiesMap(doc).delete(familyId);
  });
}
