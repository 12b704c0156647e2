import type { FamilyRecord } from "@troc/shared";
import { foldText } from "@troc/shared";

/**
 * The families a few typed letters point at, accents and case ignored: names that start with
 * them first, then names with a word that does ("com" finds "Outils de communication").
 */
export function matchFamilies(families: readonly FamilyRecord[], query: string): FamilyRecord[] {
  const typed = foldText(query.trim());
  if (typed === "") return [...families];
  const starts: FamilyRecord[] = [];
  const words: FamilyRecord[] = [];
  for (const family of families) {
    const name = foldText(family.name);
    if (name.startsWith(typed)) starts.push(family);
    else if (name.split(/[^a-z0-9]+/).some((word) => word.startsWith(typed))) words.push(family);
  }
  return [...starts, ...words];
}
