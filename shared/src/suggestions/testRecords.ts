import type { FamilyRecord } from "../schema/family";
import type { Kind, NoteRecord } from "../schema/note";
import type { NotePart } from "../schema/part";

/** A note as readers return it, spelling out only what suggestion tests look at. */
export function noteRecord(
  id: string,
  text: string,
  familyId: string | null = null,
  extra: { createdAt?: number; parts?: NotePart[]; kind?: Kind | null } = {},
): NoteRecord {
  return {
    ...(extra.kind === undefined ? {} : { kind: extra.kind }),
    id,
    text,
    color: "yellow",
    authorId: "p-test",
    authorName: "Test",
    familyId,
    createdAt: extra.createdAt ?? 0,
    parts: extra.parts ?? [],
    interested: [],
  };
}

/** A family as readers return it. */
export function familyRecord(id: string, name: string, order = 0): FamilyRecord {
  return { id, name, color: "slate", order, createdAt: 0 };
}
