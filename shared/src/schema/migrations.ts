import type * as Y from "yjs";
import { CURRENT_SCHEMA_VERSION, META_KEYS } from "./meta";
import { metaMap } from "./roots";

/** One step forward: turns a document of version `from` into version `from + 1`. */
export interface Migration {
  readonly from: number;
  /** Runs inside one transaction; must be idempotent when replayed by two servers at once. */
  up(doc: Y.Doc): void;
}

/** Registered migrations, in order. Version 1 is the first layout, so none exist yet. */
export const MIGRATIONS: readonly Migration[] = [];

export type MigrationOutcome =
  | { status: "empty" }
  | { status: "current"; version: number }
  | { status: "migrated"; from: number; version: number }
  | { status: "newer"; version: number };

/** The document's schema version, or null when it has no meta yet (a new, empty room). */
export function readSchemaVersion(doc: Y.Doc): number | null {
  const value = metaMap(doc).get(META_KEYS.schemaVersion);
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : null;
}

/**
 * Brings `doc` forward to `target` with the registered steps. A document newer than the
 * code is left untouched: the caller serves it read-only rather than damage it.
 */
export function migrateDocument(
  doc: Y.Doc,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): MigrationOutcome {
  const from = readSchemaVersion(doc);
  if (from === null) return { status: "empty" };
  if (from > target) return { status: "newer", version: from };
  if (from === target) return { status: "current", version: from };
  let version = from;
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new Error(`No migration registered from schema version ${version}`);
    doc.transact(() => {
      step.up(doc);
      metaMap(doc).set(META_KEYS.schemaVersion, version + 1);
    });
    version += 1;
  }
  return { status: "migrated", from, version };
}
