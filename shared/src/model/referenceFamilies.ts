import type * as Y from "yjs";
import { FAMILY_COLORS } from "../schema/palette";
import { foldText } from "../text/similarity";
import { createFamily, readFamilies } from "./families";

/**
 * The ten families of the reference workshop (Strasbourg, DESIGN.md), in the order the group
 * formed them: nine named in `atelier-strasbourg.json`, then the heap of personal skills.
 */
export const REFERENCE_FAMILIES = [
  "Organisation d'événements",
  "Financements",
  "Négociation",
  "Coordination",
  "Business",
  "Stratégie de communication / marketing",
  "Plan d'action communication / marketing",
  "Outils de communication",
  "Gestion et organisation",
  "Compétences perso",
] as const;

/** A name as the facilitator would recognise it: case, accents and spacing aside. */
const nameKey = (name: string): string => foldText(name).replace(/\s+/g, " ").trim();

/**
 * Adds the reference families at the end of the board, in one transaction (one undo step),
 * skipping those whose name is already there. Each takes the palette colour of its place in
 * REFERENCE_FAMILIES (cycling: there are more families than colours), so the same family has
 * the same colour on every board. Returns the ids created, none when all were there.
 */
export function addReferenceFamilies(doc: Y.Doc, options: { now?: number } = {}): string[] {
  const existing = new Set(readFamilies(doc).map((f) => nameKey(f.name)));
  const missing = REFERENCE_FAMILIES.flatMap((name, i) =>
    existing.has(nameKey(name)) ? [] : [{ name, color: FAMILY_COLORS[i % FAMILY_COLORS.length] }],
  );
  const ids: string[] = [];
  if (missing.length === 0) return ids;
  const now = options.now ?? Date.now();
  doc.transact(() => {
    for (const { name, color } of missing) {
      ids.push(createFamily(doc, { name, color: color ?? "slate" }, { now }));
    }
  });
  return ids;
}
