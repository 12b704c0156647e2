import type { Migration, Refusal } from "@troc/shared";
import {
  changesNothing,
  checkAwarenessState,
  checkUpdate,
  encodeStoredMessage,
  isSilentWriting,
  MIGRATIONS,
  mergeStoredVector,
  migrateDocument,
  noteAuthorsByClient,
  updateUpperClocks,
} from "@troc/shared";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import type { Logger } from "../log";
import type { Metrics } from "../metrics";
import type { Storage } from "../storage/storage";
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
}

interface Queued {
  conn: Connection;
  message: IncomingMessage;
  receivedAt: number;
}

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

const syncMessage = (write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  write(encoder);
  return encoding.toUint8Array(encoder);
};

/**
 * One workshop's live document and its sockets. Incoming messages are queued and handled
 * in order by one flush at a time: the flush checks every update against the permission
 * rules, stores the accepted ones (one transaction), and only then applies, relays and
 * acknowledges them, so no one ever sees a change that a crash could lose.
 */
export class Room {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections = new Set<Connection>();
  /** A document written by newer code: served, never written to. */
  readonly readOnly: boolean;
  /** Which participant each Yjs client writes for; what silent writing withholds. */
  private readonly authors: Map<number, string>;
  /** Per socket, the clients whose changes it has not been sent (silent writing). */
  private readonly withheld = new Map<Connection, Set<number>>();
  private queue: Queued[] = [];
  private flushing: Promise<void> | null = null;
  private updatesSinceCompaction: number;
  private closed = false;

  private constructor(
    readonly workshopId: string,
    doc: Y.Doc,
    storedUpdates: number,
    readOnly: boolean,
    private readonly options: RoomOptions,
  ) {
    this.doc = doc;
    this.updatesSinceCompaction = storedUpdates;
    this.readOnly = readOnly;
    this.authors = noteAuthorsByClient(doc);
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    doc.on("update", this.relayUpdate);
    this.awareness.on("update", this.relayAwareness);
  }

  /** Loads the document from storage, whole, before anyone is answered. */
  static async load(workshopId: string, options: RoomOptions): Promise<Room> {
    const stored = await options.storage.loadDocument(workshopId);
    const doc = new Y.Doc({ gc: true });
    const all = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
    if (all.length > 0)
      applyStored(doc, all, (index) =>
        options.log.error({ workshopId, index }, "skipped an unreadable stored update"),
      );
    // Migrations run once: their changes are stored before anyone is served.
    const migrated: Uint8Array[] = [];
    const collect = (update: Uint8Array): void => void migrated.push(update);
    doc.on("update", collect);
    const outcome = migrateDocument(doc, options.migrations ?? MIGRATIONS);
    doc.off("update", collect);
    if (migrated.length > 0) {
      await options.storage.appendUpdates(migrated.map((update) => ({ workshopId, update })));
      options.log.info({ workshopId, outcome }, "migrated document");
    }
    const readOnly = outcome.status === "newer";
    const room = new Room(
      workshopId,
      doc,
      stored.updates.length + migrated.length,
      readOnly,
      options,
    );
    if (room.readOnly) {
      options.log.warn({ workshopId }, "document is newer than this server: read-only");
    }
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
    this.withheld.delete(conn);
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
      if (message.kind === "update") Y.decodeUpdate(message.update);
      if (message.kind === "syncStep1") Y.decodeStateVector(message.stateVector);
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
    this.queue.push({ conn, message, receivedAt: performance.now() });
    if (!this.flushing) {
      this.flushing = new Promise((resolve) => setImmediate(resolve)).then(() => this.flush());
    }
  }

  /**
   * Keeps what a socket may say in awareness: about its own client only (the first one it
   * announces), a bounded state, without claiming another person's name or role. Entries
   * about other clients are dropped, not punished: y-websocket clients echo every awareness
   * change they receive, so each board and phone re-sends the others' states as a matter of
   * course. Returns the update to apply (null: nothing left), or closes the socket and
   * returns null when its own state breaks a rule.
   */
  private admitAwareness(conn: Connection, update: Uint8Array): Uint8Array | null {
    const admitted: AwarenessEntry[] = [];
    for (const entry of decodeAwarenessEntries(update)) {
      const own = [...conn.awarenessClients];
      const taken = [...this.connections].some(
        (other) => other !== conn && other.awarenessClients.has(entry.clientID),
      );
      if ((own.length > 0 && !own.includes(entry.clientID)) || taken) continue;
      if (entry.json.length > conn.limits.maxAwarenessBytes) {
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

  /** Resolves when every message received so far is handled. */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flush(): Promise<void> {
    try {
      while (this.queue.length > 0 && !this.closed) {
        await this.handleBatch(this.queue.splice(0));
      }
    } catch (error) {
      // Storage failed: nothing of the batch was applied or relayed. Close every socket so
      // clients keep their changes and resend them on reconnect.
      this.options.log.error({ err: error, workshopId: this.workshopId }, "storing updates failed");
      this.queue = [];
      this.closeAll(CLOSE.internalError, "storage failure, reconnect");
    } finally {
      this.flushing = null;
    }
  }

  private async handleBatch(batch: Queued[]): Promise<void> {
    const refused = this.refuseForbidden(batch);
    const accepted = batch.filter((item) => !refused.has(item.conn));
    const updates = accepted.flatMap((item) =>
      item.message.kind === "update"
        ? [{ workshopId: this.workshopId, update: item.message.update }]
        : [],
    );
    const stopTimer = this.options.metrics.storageWrite.startTimer();
    await this.options.storage.appendUpdates(updates);
    if (updates.length > 0) stopTimer();

    const wasSilent = isSilentWriting(this.doc);
    const acks = new Map<Connection, Map<number, number>>();
    for (const { conn, message, receivedAt } of accepted) {
      switch (message.kind) {
        case "update": {
          Y.applyUpdate(this.doc, message.update, conn);
          this.options.metrics.updatesAccepted.inc();
          this.options.metrics.relay.observe((performance.now() - receivedAt) / 1000);
          const clocks = updateUpperClocks(message.update);
          if (conn.actor.role === "participant") {
            for (const client of clocks.keys()) this.authors.set(client, conn.actor.participantId);
          }
          const ack = acks.get(conn) ?? new Map<number, number>();
          mergeStoredVector(ack, clocks);
          acks.set(conn, ack);
          break;
        }
        case "syncStep1":
          conn.send(this.syncStep2For(conn, message.stateVector));
          break;
        case "awareness":
          awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, conn);
          break;
        default:
          message satisfies never;
      }
    }
    for (const [conn, ack] of acks) conn.send(encodeStoredMessage(ack));
    if (wasSilent && !isSilentWriting(this.doc)) this.reveal();

    this.updatesSinceCompaction += updates.length;
    if (this.updatesSinceCompaction >= this.options.compactEveryUpdates) await this.compact();
  }

  /**
   * Checks each connection's updates in the batch, merged (a client builds only on what the
   * room has applied and on its own earlier updates), against the permission rules. A refused
   * connection is closed with 4403 and nothing it sent in the batch is handled.
   */
  private refuseForbidden(batch: readonly Queued[]): Set<Connection> {
    const updatesBy = new Map<Connection, Uint8Array[]>();
    for (const { conn, message } of batch) {
      if (message.kind !== "update") continue;
      updatesBy.set(conn, [...(updatesBy.get(conn) ?? []), message.update]);
    }
    const refused = new Set<Connection>();
    for (const [conn, updates] of updatesBy) {
      const merged = updates.length === 1 && updates[0] ? updates[0] : Y.mergeUpdates(updates);
      const refusal: Refusal | null = this.readOnly
        ? changesNothing(this.doc, merged)
          ? null
          : { rule: "read-only", reason: "document is newer than this server: read-only" }
        : checkUpdate(this.doc, merged, conn.actor, {
            maxNotesPerParticipant: this.options.notesPerParticipant,
          });
      if (!refusal) continue;
      refused.add(conn);
      this.options.metrics.updatesRefused.inc({ reason: refusal.rule });
      this.options.log.warn(
        { workshopId: this.workshopId, role: conn.actor.role, rule: refusal.rule },
        "refused a change",
      );
      conn.close(CLOSE.forbidden, refusal.reason.slice(0, 120));
    }
    return refused;
  }

  /** Clients whose changes `conn` must not receive now: other participants', while silent. */
  private hiddenFrom(conn: Connection): Set<number> {
    const hidden = new Set<number>();
    if (conn.actor.role !== "participant" || !isSilentWriting(this.doc)) return hidden;
    for (const [client, author] of this.authors) {
      if (author !== conn.actor.participantId) hidden.add(client);
    }
    return hidden;
  }

  /** Sync step 2 for a client's state vector, leaving out what silent writing hides. */
  private syncStep2For(conn: Connection, stateVector: Uint8Array): Uint8Array {
    const hidden = this.hiddenFrom(conn);
    if (hidden.size === 0) {
      return syncMessage((encoder) => syncProtocol.writeSyncStep2(encoder, this.doc, stateVector));
    }
    // Pretending the client already has every hidden client's items leaves them out.
    const target = Y.decodeStateVector(stateVector);
    for (const client of hidden) target.set(client, Y.getState(this.doc.store, client));
    this.withhold(conn, hidden);
    const update = Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(target));
    return syncMessage((encoder) => {
      encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
      encoding.writeVarUint8Array(encoder, update);
    });
  }

  private withhold(conn: Connection, clients: Iterable<number>): void {
    const set = this.withheld.get(conn) ?? new Set<number>();
    for (const client of clients) set.add(client);
    this.withheld.set(conn, set);
  }

  /** Silent writing ended: sends each socket everything it was not sent. */
  private reveal(): void {
    const full = Y.decodeStateVector(Y.encodeStateVector(this.doc));
    for (const [conn, clients] of this.withheld) {
      const target = new Map(full);
      for (const client of clients) target.delete(client);
      conn.send(encodeUpdateMessage(Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(target))));
    }
    this.withheld.clear();
  }

  /** Replaces the stored updates by one snapshot of the document; no flush may be running. */
  private async compact(): Promise<void> {
    await this.options.storage.compact(this.workshopId, Y.encodeStateAsUpdate(this.doc));
    this.updatesSinceCompaction = 0;
  }

  private readonly relayUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === "storage") return;
    const message = encodeUpdateMessage(update);
    let writers: number[] | null = null;
    for (const conn of this.connections) {
      if (conn === origin) continue;
      const hidden = this.hiddenFrom(conn);
      if (hidden.size > 0) {
        writers ??= [...Y.parseUpdateMeta(update).from.keys()];
        const withheld = writers.filter((client) => hidden.has(client));
        if (withheld.length > 0) {
          this.withhold(conn, withheld);
          continue;
        }
      }
      conn.send(message);
    }
  };

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

  /** Finishes pending work, compacts if anything changed since loading, and frees memory. */
  async unload(): Promise<void> {
    if (this.closed) return;
    await this.drain();
    this.closed = true;
    if (this.updatesSinceCompaction > 1) await this.compact();
    this.awareness.destroy();
    this.doc.destroy();
  }
}
