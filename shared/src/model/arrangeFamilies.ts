import * as Y from "yjs";
import { cleanPosition, FAMILY_KEYS, familyColorSchema } from "../schema/family";
import { NOTE_KEYS } from "../schema/note";
import type { FamilyColor } from "../schema/palette";
import { familiesMap, notesMap } from "../schema/roots";
import { oneOf } from "../schema/text";
import { readFamilies } from "./families";
import { Changes, requireFamily } from "./records";

/**
 * Moves every note of `sourceId` (stacked ones included) into `targetId` and deletes
 * `sourceId`, in one transaction: one undo step brings the family and its notes back.
 * Merging a family into itself changes nothing rather than throwing: it is what dropping a
 * family back where it was amounts to, and the only other reading (delete it) would lose
 * the family. Unknown ids throw TrocNotFoundError, even when they are the same.
 */
export function mergeFamilies(doc: Y.Doc, sourceId: string, targetId: string): void {
  requireFamily(doc, sourceId);
  requireFamily(doc, targetId);
  if (sourceId === targetId) return;
  const changes = new Changes();
  for (const note of notesMap(doc).values()) {
    if (note instanceof Y.Map && note.get(NOTE_KEYS.familyId) === sourceId) {
      changes.set(note, NOTE_KEYS.familyId, targetId);
    }
  }
  doc.transact(() => {
    changes.apply();
    familiesMap(doc).delete(sourceId);
  });
}

/** Gives a family another colour from FAMILY_COLORS (TrocInputError on any other). */
export function recolorFamily(doc: Y.Doc, familyId: string, color: FamilyColor): void {
  const family = requireFamily(doc, familyId);
  const changes = new Changes();
  changes.set(family, FAMILY_KEYS.color, oneOf("color", familyColorSchema, color));
  changes.commit(doc);
}

/**
 * Puts a family just before `beforeFamilyId`, or at the end with `null`. Its new `order` lies
 * between its new neighbours', so only its own map changes and two facilitators reordering
 * different families at once both keep their move. When no number fits between them (equal
 * orders from concurrent creations, or halving run out of precision) every family is
 * renumbered in the same transaction instead.
 */
export function reorderFamily(doc: Y.Doc, familyId: string, beforeFamilyId: string | null): void {
  const family = requireFamily(doc, familyId);
  if (beforeFamilyId !== null) requireFamily(doc, beforeFamilyId);
  if (beforeFamilyId === familyId) return;
  const board = readFamilies(doc);
  const at = board.findIndex((f) => f.id === familyId);
  // An unreadable family is not on the board: there is no place to take or give.
  if (at === -1) return;
  if ((board[at + 1]?.id ?? null) === beforeFamilyId) return;
  const others = board.filter((f) => f.id !== familyId);
  const to =
    beforeFamilyId === null ? others.length : others.findIndex((f) => f.id === beforeFamilyId);
  if (to === -1) return;
  const prev = others[to - 1]?.order;
  const next = others[to]?.order;
  const order =
    prev === undefined
      ? next === undefined
        ? 0
        : next - 1
      : next === undefined
        ? prev + 1
        : (prev + next) / 2;
  const changes = new Changes();
  if ((prev === undefined || prev < order) && (next === undefined || order < next)) {
    changes.set(family, FAMILY_KEYS.order, order);
  } else {
    const ids = others.map((f) => f.id);
    ids.splice(to, 0, familyId);
    ids.forEach((id, i) => {
      changes.set(requireFamily(doc, id), FAMILY_KEYS.order, i);
    });
  }
  changes.commit(doc);
}

/**
 * Sets where a family sits on the canvas: finite numbers (TrocInputError naming x or y),
 * clamped to ±CANVAS_LIMIT. Written only where a coordinate changes.
 */
export function placeFamily(
  doc: Y.Doc,
  familyId: string,
  position: { x: number; y: number },
): void {
  const family = requireFamily(doc, familyId);
  const { x, y } = cleanPosition(position);
  const changes = new Changes();
  changes.set(family, FAMILY_KEYS.x, x);
  changes.set(family, FAMILY_KEYS.y, y);
  changes.commit(doc);
}
