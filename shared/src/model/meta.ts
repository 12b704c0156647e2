import type * as Y from "yjs";
import { TrocInputError, TrocNotFoundError } from "../errors";
import type { Phase, WorkshopMeta } from "../schema/meta";
import { CURRENT_SCHEMA_VERSION, META_KEYS, phaseSchema, workshopMetaSchema } from "../schema/meta";
import { familiesMap, metaMap, notesMap } from "../schema/roots";
import { cleanText, LIMITS, oneOf } from "../schema/text";

/** The question of the reference workshop, used when the facilitator gives none. */
export const DEFAULT_PROMPT = "Quelles sont vos compétences ?";
export const DEFAULT_TITLE = "Troc de compétences";

export interface WorkshopInput {
  title?: string | undefined;
  prompt?: string | undefined;
}

/** Validates a workshop's title and prompt, filling in the defaults. */
export function cleanWorkshopInput(input: WorkshopInput): { title: string; prompt: string } {
  return {
    title: cleanText("title", input.title ?? DEFAULT_TITLE, LIMITS.workshopTitle),
    prompt: cleanText("prompt", input.prompt ?? DEFAULT_PROMPT, LIMITS.workshopPrompt),
  };
}

/** Writes the meta of a new workshop (schema v1, phase `writing`). */
export function initWorkshop(doc: Y.Doc, input: WorkshopInput, now: number = Date.now()): void {
  const { title, prompt } = cleanWorkshopInput(input);
  const meta = metaMap(doc);
  doc.transact(() => {
    meta.set(META_KEYS.schemaVersion, CURRENT_SCHEMA_VERSION);
    meta.set(META_KEYS.title, title);
    meta.set(META_KEYS.prompt, prompt);
    meta.set(META_KEYS.phase, "writing");
    meta.set(META_KEYS.hideOthersWhileWriting, false);
    meta.set(META_KEYS.createdAt, now);
  });
}

/** The workshop's meta, or null while the document has none (not yet synced). */
export function readMeta(doc: Y.Doc): WorkshopMeta | null {
  const parsed = workshopMetaSchema.safeParse(metaMap(doc).toJSON());
  if (!parsed.success) return null;
  const { timerEndsAt, timerDurationMs, showAuthors, spotlight, ...meta } = parsed.data;
  // Optional settings are left out rather than set to undefined, so a document without them
  // reads exactly as it did before they existed.
  return {
    ...meta,
    ...(timerEndsAt === undefined ? {} : { timerEndsAt }),
    ...(timerDurationMs === undefined ? {} : { timerDurationMs }),
    ...(showAuthors === undefined ? {} : { showAuthors }),
    ...(spotlight === undefined ? {} : { spotlight }),
  };
}

/** Shows or hides authors' names on the board and on phones (facilitator only). */
export function setShowAuthors(doc: Y.Doc, on: boolean): void {
  if (typeof on !== "boolean")
    throw new TrocInputError("showAuthors", "showAuthors must be true or false");
  metaMap(doc).set(META_KEYS.showAuthors, on);
}

/**
 * Moves the workshop to another phase. Closing it also ends any countdown: a red "time is
 * up" has nothing left to time once the workshop is over.
 */
export function setPhase(doc: Y.Doc, phase: Phase): void {
  const next = oneOf("phase", phaseSchema, phase);
  const meta = metaMap(doc);
  doc.transact(() => {
    meta.set(META_KEYS.phase, next);
    if (next !== "closed") return;
    meta.delete(META_KEYS.timerEndsAt);
    meta.delete(META_KEYS.timerDurationMs);
  });
}

/**
 * Shows a family or a note to the room ("follow me"), or stops showing (null): phones that
 * follow the facilitator scroll to it (facilitator only).
 */
export function setSpotlight(doc: Y.Doc, id: string | null): void {
  if (id !== null && !familiesMap(doc).has(id) && !notesMap(doc).has(id))
    throw new TrocNotFoundError("family", id);
  metaMap(doc).set(META_KEYS.spotlight, id);
}

/** Where the spotlight points: a family, or a note and the family it is in (null: the pool). */
export type SpotlightTarget =
  | { kind: "family"; familyId: string }
  | { kind: "note"; noteId: string; familyId: string | null };

/**
 * Resolves the spotlight against what this device holds: nothing when it points at a family
 * or note this device does not have (deleted, or a note silent writing keeps from it).
 */
export function spotlightTarget(
  spotlight: string | null | undefined,
  families: readonly { id: string }[],
  notes: Readonly<Record<string, { familyId: string | null } | undefined>>,
): SpotlightTarget | null {
  if (!spotlight) return null;
  if (families.some((family) => family.id === spotlight))
    return { kind: "family", familyId: spotlight };
  const note = notes[spotlight];
  return note ? { kind: "note", noteId: spotlight, familyId: note.familyId } : null;
}
