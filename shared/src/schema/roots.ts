import type * as Y from "yjs";

/**
 * The root types of a workshop document. Only `schema/` knows these names: everything
 * else goes through the typed readers and commands.
 */
export const ROOTS = {
  meta: "meta",
  notes: "notes",
  families: "families",
} as const;

/** A record stored as a Y.Map whose values are primitives or nested Yjs types. */
export type RecordMap = Y.Map<unknown>;

export const metaMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(ROOTS.meta);
export const notesMap = (doc: Y.Doc): Y.Map<RecordMap> => doc.getMap(ROOTS.notes);
export const familiesMap = (doc: Y.Doc): Y.Map<RecordMap> => doc.getMap(ROOTS.families);
