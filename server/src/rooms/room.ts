import type { Migration, Refusal } from "@troc/shared";
import {
  admitUpdate,
  checkAwarenessState,
  encodeStoredMessage,
  FACILITATOR_OWNER,
  inferOwners,
  MIGRATIONS,
  mergeStoredVector,
  migrateDocument,
  updateUpperClocks,
} from "@troc/shared";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import type { Logger } from "../log";
import type { Metrics } from "../metrics";
import type { PendingUpdate, Storage } from "../storage/storage";
import type { Connection } from "./connection";
import { CLOSE } from "./connection";
import type { AwarenessEntry, IncomingMessage } from "./messages";
import {
  decodeAwarenessEntries,
  decodeClientMessage,
  encodeAwarenessEntries,
  encodeAwarenessMessage,
  encodeUpdateMessage,
  MalformedMessageError,
} from "./messages";
import type { Viewer } from "./silentWriting";
import { SilentWriting } from "./silentWriting";

export interface RoomOptions {
  storage: Storage;
  log: Logger;
  metrics: Metrics;
  /** Stored updates after which the document is compacted into one snapshot. */
  compactEveryUpdates: number;
  notesPerParticipant: number;
  /** Schema migrations to run on load (the registered ones unless a test passes others). */
  migrations?: readonly Migration[];
  /** Called when the last connection leaves. */
  onEmpty(room: Room): void;
  /**
   * Called when the room's document can no longer be trusted to match storage (storing
   * failed after it was applied): drop the room, unstored, and load it again.
   */
  onFailed?(room: Room): void;
}

/** A frame from a socket, or a change the server itself makes (an erasure). */
type Queued =
  | { conn: Connection; message: IncomingMessage; receivedAt: number }
  | { change: (doc: Y.Doc) => void; done: (error?: unknown) => void };

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

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

/** True when Yjs holds content it could not integrate (something it refers to is missing). */
const hasPending = (doc: Y.Doc): boolean =>
  doc.store.pendingStructs !== null || doc.store.pendingDs !== null;

const viewerOf = (conn: Connection): Viewer =>
  conn.actor.role === "participant" ? { participantId: conn.actor.participantId } : null;

const syncMessage = (write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  write(encoder);
  return encoding.toUint8Array(encoder);
};

/**
 * One workshop's live document and its sockets. Incoming messages are queued and handled
 * in order by one flush at a time. Each update is admitted (checked whole against the
 * document as it stands, see admitUpdate) and applied; the batch is stored in one
 * transaction; only then is anything relayed, answered or acknowledged, so no one ever sees
 * a change that a crash could lose. A refused update changes nothing and closes only the
 * socket that sent it.
 */
export class Room {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections = new Set<Connection>();
  /**
   * Nothing may change the document: it was written by newer code, or some of what storage
   * holds could not be read (then it is never compacted over, so nothing more is lost).
   */
  readonly readOnly: boolean;
  /** Who owns each Yjs client id: only they may write with it. */
  private readonly owners: Map<number, string>;
  private readonly silent: SilentWriting;
  private queue: Queued[] = [];
  private flushing: Promise<void> | null = null;
  private updatesSinceCompaction: number;
  private closed = false;
  private unloaded = false;
  /** The document may differ from storage: the room must be dropped, never compacted. */
  private failed = false;

  private constructor(
    readonly workshopId: string,
    doc: Y.Doc,
    owners: Map<number, string>,
    storedUpdates: number,
    readOnly: boolean,
    private readonly damaged: boolean,
    private readonly options: RoomOptions,
  ) {
    this.doc = doc;
    this.owners = owners;
    this.updatesSinceCompaction = storedUpdates;
    this.readOnly = readOnly;
    this.silent = new SilentWriting(doc, owners);
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on("update", this.relayAwareness);
  }

  /**
   * Loads the document from storage, whole, before anyone is answered. What cannot be read
   * back is reported and the room opens read-only: it is never silently emptied.
   */
  static async load(workshopId: string, options: RoomOptions): Promise<Room> {
    const stored = await options.storage.loadDocument(workshopId);
    const doc = new Y.Doc({ gc: true });
    const all = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
    let damaged = false;
    if (all.length > 0)
      applyStored(doc, all, (index) => {
        damaged = true;
        options.log.error({ workshopId, index }, "skipped an unreadable stored update");
      });
    if (hasPending(doc)) {
      damaged = true;
      options.log.error({ workshopId }, "stored updates refer to content that is missing");
    }
    // Documents stored before client owners were recorded: infer them once, and keep them.
    const owners = stored.owners;
    const inferred = inferOwners(doc, owners);
    if (inferred.size > 0) {
      await options.storage.addOwners(workshopId, inferred);
      for (const [client, owner] of inferred) owners.set(client, owner);
    }
    // Migrations run once: their changes are stored before anyone is served.
    const migrated: Uint8Array[] = [];
    const collect = (update: Uint8Array): void => void migrated.push(update);
    doc.on("update", collect);
    const outcome = damaged
      ? ({ status: "current" } as const)
      : migrateDocument(doc, options.migrations ?? MIGRATIONS);
    doc.off("update", collect);
    if (migrated.length > 0) {
      const migrationOwners = new Map([[doc.clientID, FACILITATOR_OWNER]]);
      await options.storage.appendUpdates(
        migrated.map((update) => ({ workshopId, update, owners: migrationOwners })),
      );
      owners.set(doc.clientID, FACILITATOR_OWNER);
      options.log.info({ workshopId, outcome }, "migrated document");
    }
    if (damaged) options.metrics.roomsDamaged.inc();
    const readOnly = damaged || outcome.status === "newer";
    const room = new Room(
      workshopId,
      doc,
      owners,
      stored.updates.length + migrated.length,
      readOnly,
      damaged,
      options,
    );
    if (outcome.status === "newer") {
      options.log.warn({ workshopId }, "document is newer than this server: read-only");
    }
    if (damaged) options.log.error({ workshopId }, "document partly unreadable: read-only");
    return room;
  }

  /** Adds a socket and starts the y-protocols handshake with it. */
  join(conn: Connection): void {
    this.connections.add(conn);
    conn.send(syncMessage((encoder) => syncProtocol.writeSyncStep1(encoder, this.doc)));
    // Who is here, for boards only (see relayAwareness).
    const states = conn.actor.role === "facilitator" ? [...this.awareness.getStates().keys()] : [];
    if (states.length > 0) {
      conn.send(
        encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)),
      );
    }
    // Everything the room holds is stored: tell the client, so notes it wrote in an earlier
    // session and that reached the server are marked delivered at once.
    conn.send(encodeStoredMessage(Y.decodeStateVector(Y.encodeStateVector(this.doc))));
  }

  /** Removes a socket and the awareness states it spoke for. */
  leave(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    this.silent.forget(conn);
    if (conn.awarenessClients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessClients], conn);
    }
    if (this.connections.size === 0) this.options.onEmpty(this);
  }

  /** Takes one raw frame from a socket; a malformed or forbidden one closes that socket only. */
  receive(conn: Connection, data: Uint8Array): void {
    let message: IncomingMessage;
    try {
      message = decodeClientMessage(data);
      if (message.kind === "syncStep1") Y.decodeStateVector(message.stateVector);
      if (message.kind === "syncStep1" && !conn.admitSyncRequest()) return;
      if (message.kind === "awareness") {
        const admitted = this.admitAwareness(conn, message.update);
        if (admitted === null) return;
        message = { ...message, update: admitted };
      }
    } catch (error) {
      const reason =
        error instanceof MalformedMessageError ? error.message : "malformed Yjs payload";
      this.options.log.info({ workshopId: this.workshopId, reason }, "closing socket: bad message");
      conn.close(CLOSE.invalidPayload, reason);
      return;
    }
    this.enqueue({ conn, message, receivedAt: performance.now() });
  }

  /**
   * Makes a change as the server (an erasure a participant asked for), in order with what the
   * sockets send, stored and relayed like any other; resolves once it is stored.
   */
  change(change: (doc: Y.Doc) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.closed) reject(new Error("room closed"));
      else this.enqueue({ change, done: (error) => (error ? reject(error) : resolve()) });
    });
  }

  private enqueue(item: Queued): void {
    this.queue.push(item);
    if (!this.flushing) {
      this.flushing = new Promise((resolve) => setImmediate(resolve)).then(() => this.flush());
    }
  }

  /**
   * Keeps what a socket may say in awareness: about its own client only (the first one it
   * announces, and never a Yjs client id that someone else writes with), a bounded state,
   * without claiming another person's name or role. Entries about other clients are dropped,
   * not punished: y-websocket clients echo every awareness change they receive, so each
   * board and phone re-sends the others' states as a matter of course. Returns the update to
   * apply (null: nothing left), or closes the socket and returns null when its own state
   * breaks a rule.
   */
  private admitAwareness(conn: Connection, update: Uint8Array): Uint8Array | null {
    const admitted: AwarenessEntry[] = [];
    for (const entry of decodeAwarenessEntries(update)) {
      if (!this.mayAnnounce(conn, entry.clientID)) continue;
      if (Buffer.byteLength(entry.json, "utf8") > conn.limits.maxAwarenessBytes) {
        conn.close(CLOSE.tooLarge, "awareness state too large");
        return null;
      }
      const reason = checkAwarenessState(JSON.parse(entry.json), conn.actor, conn.name);
      if (reason) {
        conn.close(CLOSE.forbidden, reason);
        return null;
      }
      conn.awarenessClients.add(entry.clientID);
      admitted.push(entry);
    }
    return admitted.length > 0 ? encodeAwarenessEntries(admitted) : null;
  }

  /**
   * A socket speaks for one awareness client. A client id that a person writes with belongs
   * to them: another socket's earlier claim on it is taken back, so no one can hide someone
   * else from the board by announcing their id first.
   */
  private mayAnnounce(conn: Connection, clientID: number): boolean {
    const own = conn.awarenessClients;
    if (own.size > 0 && !own.has(clientID)) return false;
    const owner = this.owners.get(clientID);
    if (owner !== undefined && owner !== conn.owner) return false;
    for (const other of this.connections) {
      if (other === conn || !other.awarenessClients.has(clientID)) continue;
      if (owner === undefined || other.owner === owner) return false;
      other.awarenessClients.delete(clientID);
      awarenessProtocol.removeAwarenessStates(this.awareness, [clientID], other);
    }
    return true;
  }

  /** Resolves when every message received so far is handled. */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flush(): Promise<void> {
    try {
      while (this.queue.length > 0 && !this.closed) {
        await this.handleBatch(this.queue.splice(0));
      }
    } finally {
      this.flushing = null;
    }
  }

  private async handleBatch(batch: Queued[]): Promise<void> {
    const refused = new Set<Connection>();
    const applied: { update: Uint8Array; origin: Connection | null; receivedAt: number }[] = [];
    const serverChanges: ((error?: unknown) => void)[] = [];
    const toStore: PendingUpdate[] = [];
    const syncRequests: { conn: Connection; stateVector: Uint8Array }[] = [];
    const acks = new Map<Connection, Map<number, number>>();
    const wasSilent = this.silent.active;

    for (const item of batch) {
      if ("change" in item) {
        const emitted = this.applyServerChange(item.change);
        if (emitted.length > 0) {
          const owners = this.owners.has(this.doc.clientID)
            ? undefined
            : new Map([[this.doc.clientID, FACILITATOR_OWNER]]);
          if (owners) this.owners.set(this.doc.clientID, FACILITATOR_OWNER);
          toStore.push({
            workshopId: this.workshopId,
            update: emitted,
            ...(owners ? { owners } : {}),
          });
          applied.push({ update: emitted, origin: null, receivedAt: performance.now() });
          this.silent.recordApplied(emitted);
        }
        serverChanges.push(item.done);
        continue;
      }
      const { conn, message, receivedAt } = item;
      if (refused.has(conn)) continue;
      switch (message.kind) {
        case "update": {
          const admission = admitUpdate(this.doc, message.update, conn.actor, {
            owners: this.owners,
            ...(conn.name === null ? {} : { name: conn.name }),
            maxNotesPerParticipant: this.options.notesPerParticipant,
            readOnly: this.readOnly,
          });
          if (!admission.ok) {
            this.refuse(conn, admission.refusal);
            refused.add(conn);
            break;
          }
          const owners = new Map(admission.newClients.map((client) => [client, conn.owner]));
          const emitted = this.apply(admission.update, conn);
          if (emitted === null) {
            refused.add(conn);
            this.fail("an admitted update could not be applied");
            return;
          }
          for (const [client, owner] of owners) this.owners.set(client, owner);
          if (emitted.length > 0) {
            toStore.push({ workshopId: this.workshopId, update: emitted, owners });
            applied.push({ update: emitted, origin: conn, receivedAt });
            this.silent.recordApplied(emitted);
          }
          this.options.metrics.updatesAccepted.inc();
          const ack = acks.get(conn) ?? new Map<number, number>();
          mergeStoredVector(ack, updateUpperClocks(message.update));
          acks.set(conn, ack);
          break;
        }
        case "syncStep1":
          syncRequests.push({ conn, stateVector: message.stateVector });
          break;
        case "awareness":
          awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, conn);
          break;
        default:
          message satisfies never;
      }
    }

    if (toStore.length > 0) {
      const stopTimer = this.options.metrics.storageWrite.startTimer();
      try {
        await this.options.storage.appendUpdates(toStore);
      } catch (error) {
        this.options.log.error({ err: error, workshopId: this.workshopId }, "storing failed");
        for (const done of serverChanges) done(error);
        this.fail("storage failure, reconnect");
        return;
      }
      stopTimer();
    }
    for (const done of serverChanges) done();

    if (wasSilent && !this.silent.active) {
      for (const [conn, update] of this.silent.reveal()) {
        (conn as Connection).send(encodeUpdateMessage(update));
      }
    }
    for (const { update, origin, receivedAt } of applied) {
      this.relay(update, origin);
      this.options.metrics.relay.observe((performance.now() - receivedAt) / 1000);
    }
    for (const { conn, stateVector } of syncRequests) {
      const update = this.silent.syncAnswer(conn, viewerOf(conn), stateVector);
      conn.send(
        syncMessage((encoder) => {
          encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
          encoding.writeVarUint8Array(encoder, update);
        }),
      );
    }
    for (const [conn, ack] of acks) conn.send(encodeStoredMessage(ack));

    this.updatesSinceCompaction += toStore.length;
    if (this.updatesSinceCompaction >= this.options.compactEveryUpdates) await this.compact();
  }

  /**
   * Applies an admitted update and returns the update Yjs made of it (empty when it changed
   * nothing), or null if Yjs refused it or left part of it pending: the admission should
   * make both impossible, and if it ever did not, the document can no longer be trusted.
   */
  private apply(update: Uint8Array, origin: Connection): Uint8Array | null {
    let emitted: Uint8Array = new Uint8Array(0);
    const collect = (made: Uint8Array): void => {
      emitted = made;
    };
    this.doc.on("update", collect);
    try {
      Y.applyUpdate(this.doc, update, origin);
    } catch (error) {
      this.options.log.error({ err: error, workshopId: this.workshopId }, "apply failed");
      return null;
    } finally {
      this.doc.off("update", collect);
    }
    return hasPending(this.doc) ? null : emitted;
  }

  /** Forgets what was queued; server changes waiting in it are told why. */
  private dropQueue(why: Error): void {
    for (const item of this.queue.splice(0)) if ("change" in item) item.done(why);
  }

  /** Closes the sockets of one participant (whose identity is being erased). */
  closeParticipant(participantId: string, code: number, reason: string): void {
    for (const conn of this.connections) {
      if (conn.actor.role === "participant" && conn.actor.participantId === participantId) {
        conn.close(code, reason);
      }
    }
  }

  /** Runs a server change in one transaction and returns the update it made. */
  private applyServerChange(change: (doc: Y.Doc) => void): Uint8Array {
    let emitted: Uint8Array = new Uint8Array(0);
    const collect = (made: Uint8Array): void => {
      emitted = made;
    };
    this.doc.on("update", collect);
    try {
      this.doc.transact(() => change(this.doc), "server");
    } finally {
      this.doc.off("update", collect);
    }
    return emitted;
  }

  private refuse(conn: Connection, refusal: Refusal): void {
    this.options.metrics.updatesRefused.inc({ reason: refusal.rule });
    this.options.log.warn(
      { workshopId: this.workshopId, role: conn.actor.role, rule: refusal.rule },
      "refused a change",
    );
    const code =
      refusal.rule === "malformed"
        ? CLOSE.invalidPayload
        : refusal.rule === "too-large"
          ? CLOSE.tooLarge
          : CLOSE.forbidden;
    conn.close(code, refusal.reason.slice(0, 120));
  }

  /**
   * The document no longer matches storage: close every socket (clients keep their changes
   * and resend them on reconnect) and let the registry load the room afresh from storage.
   */
  private fail(reason: string): void {
    this.options.metrics.roomsFailed.inc();
    this.failed = true;
    this.closed = true;
    this.dropQueue(new Error(reason));
    this.closeAll(CLOSE.internalError, reason);
    this.options.onFailed?.(this);
  }

  /** Replaces the stored updates by one snapshot of the document; no flush may be running. */
  private async compact(): Promise<void> {
    if (this.damaged || this.failed) return;
    await this.options.storage.compact(this.workshopId, Y.encodeStateAsUpdate(this.doc));
    this.updatesSinceCompaction = 0;
  }

  /** Sends an applied update to every other socket that may see it now. */
  private relay(update: Uint8Array, origin: Connection | null): void {
    const message = encodeUpdateMessage(update);
    const described = this.silent.active ? this.silent.describe(update) : null;
    for (const conn of this.connections) {
      if (conn === origin) continue;
      if (described === null || this.silent.mayRelay(conn, viewerOf(conn), described)) {
        conn.send(message);
      }
    }
  }

  private readonly relayAwareness = (change: AwarenessChange, origin: unknown): void => {
    if (origin instanceof Object && this.connections.has(origin as Connection)) {
      for (const id of change.removed) (origin as Connection).awarenessClients.delete(id);
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    const message = encodeAwarenessMessage(
      awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed),
    );
    for (const conn of this.connections) {
      if (conn.actor.role === "facilitator") {
        conn.send(message);
        continue;
      }
      // Phones use nobody's presence, and co-facilitators' pointers move ten times a second:
      // a phone gets only its own state back, which y-websocket needs as a keep-alive (it
      // reconnects after 30 s without a message).
      const own = changed.filter((id) => conn.awarenessClients.has(id));
      if (own.length > 0) {
        conn.send(
          encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, own)),
        );
      }
    }
  };

  /** Closes every socket with `code`; the clients reconnect to a fresh room. */
  closeAll(code: number, reason: string): void {
    for (const conn of this.connections) conn.close(code, reason);
  }

  /**
   * Drops the room at once, as when its workshop is deleted: closes every socket with `code`,
   * lets the batch in hand finish, and frees memory without compacting anything.
   */
  async discard(code: number, reason: string): Promise<void> {
    this.failed = true;
    this.closed = true;
    this.dropQueue(new Error(reason));
    this.closeAll(code, reason);
    await this.unload();
  }

  /** Finishes pending work, compacts if anything changed since loading, and frees memory. */
  async unload(): Promise<void> {
    if (this.unloaded) return;
    this.unloaded = true;
    await this.drain();
    this.closed = true;
    if (this.updatesSinceCompaction > 1) await this.compact();
    this.awareness.destroy();
    this.doc.destroy();
  }
}
