import type { Migration } from "@troc/shared";
import { FACILITATOR_OWNER, inferOwners, MIGRATIONS, migrateDocument } from "@troc/shared";
import * as Y from "yjs";
import type { Logger } from "../log";
import type { Metrics } from "../metrics";
import type { Storage } from "../storage/storage";

/** A workshop's document as storage holds it, ready to serve. */
export interface LoadedDocument {
  doc: Y.Doc;
  /** Who owns each Yjs client id (stored, or inferred once for older documents). */
  owners: Map<number, string>;
  /** Updates stored since the last snapshot, migrations included. */
  storedUpdates: number;
  /** Written by newer code: served, never written to. */
  newer: boolean;
  /** Part of what storage holds could not be read: served read-only, never compacted over. */
  damaged: boolean;
}

/** True when Yjs holds content it could not integrate (something it refers to is missing). */
export const hasPending = (doc: Y.Doc): boolean =>
  doc.store.pendingStructs !== null || doc.store.pendingDs !== null;

/**
 * Applies stored updates, merged for speed; should one of them be unreadable, applies them one
 * by one and skips that one, so one bad row never locks a workshop out.
 */
function applyStored(
  doc: Y.Doc,
  updates: readonly Uint8Array[],
  onSkip: (index: number) => void,
): void {
  try {
    Y.applyUpdate(doc, Y.mergeUpdates([...updates]), "storage");
    return;
  } catch {
    // Fall through: find the culprit.
  }
  updates.forEach((update, index) => {
    try {
      Y.applyUpdate(doc, update, "storage");
    } catch {
      onSkip(index);
    }
  });
}

/**
 * Loads a workshop's document whole: what cannot be read back is reported (log and metric)
 * and makes the document read-only, never silently emptied; owners of older documents are
 * inferred and kept; migrations run and are stored before anyone is served.
 */
export async function loadDocument(
  workshopId: string,
  options: {
    storage: Storage;
    log: Logger;
    metrics: Metrics;
    migrations?: readonly Migration[] | undefined;
  },
): Promise<LoadedDocument> {
  const { storage, log } = options;
  const stored = await storage.loadDocument(workshopId);
  const doc = new Y.Doc({ gc: true });
  const all = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
  let damaged = false;
  if (all.length > 0)
    applyStored(doc, all, (index) => {
      damaged = true;
      log.error({ workshopId, index }, "skipped an unreadable stored update");
    });
  if (hasPending(doc)) {
    damaged = true;
    log.error({ workshopId }, "stored updates refer to content that is missing");
  }
  const owners = stored.owners;
  const inferred = inferOwners(doc, owners);
  if (inferred.size > 0) {
    await storage.addOwners(workshopId, inferred);
    for (const [client, owner] of inferred) owners.set(client, owner);
  }
  const migrated: Uint8Array[] = [];
  const collect = (update: Uint8Array): void => void migrated.push(update);
  doc.on("update", collect);
  const outcome = damaged
    ? ({ status: "current" } as const)
    : migrateDocument(doc, options.migrations ?? MIGRATIONS);
  doc.off("update", collect);
  if (migrated.length > 0) {
    const migrationOwners = new Map([[doc.clientID, FACILITATOR_OWNER]]);
    await storage.appendUpdates(
      migrated.map((update) => ({ workshopId, update, owners: migrationOwners })),
    );
    owners.set(doc.clientID, FACILITATOR_OWNER);
    log.info({ workshopId, outcome }, "migrated document");
  }
  if (damaged) {
    options.metrics.roomsDamaged.inc();
    log.error({ workshopId }, "document partly unreadable: read-only");
  }
  if (outcome.status === "newer") {
    log.warn({ workshopId }, "document is newer than this server: read-only");
  }
  return {
    doc,
    owners,
    storedUpdates: stored.updates.length + migrated.length,
    newer: outcome.status === "newer",
    damaged,
  };
}

/**
 * Replaces a workshop's stored updates by one snapshot built from storage itself, not from a
 * room's copy: the snapshot covers exactly the updates it replaces, up to the last one read,
 * so an update another instance appended meanwhile (after it, or not yet relayed here) is
 * never dropped. Nothing happens if any stored row cannot be read.
 */
export async function compactStored(storage: Storage, workshopId: string): Promise<boolean> {
  const stored = await storage.loadDocument(workshopId);
  if (stored.updates.length === 0) return false;
  const doc = new Y.Doc({ gc: true });
  let readable = true;
  const all = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
  applyStored(doc, all, () => {
    readable = false;
  });
  if (readable && !hasPending(doc)) {
    await storage.compact(workshopId, Y.encodeStateAsUpdate(doc), stored.lastSeq);
  }
  doc.destroy();
  return readable;
}

/** Runs `change` (applying an update, or the server's own edit) and returns the update Yjs made. */
export function captureUpdate(doc: Y.Doc, change: () => void): Uint8Array {
  let made: Uint8Array = new Uint8Array(0);
  const collect = (update: Uint8Array): void => {
    made = update;
  };
  doc.on("update", collect);
  try {
    change();
  } finally {
    doc.off("update", collect);
  }
  return made;
}
