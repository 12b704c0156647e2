import type { Migration, NotesByAuthor, Refusal } from "@troc/shared";
import {
  admitUpdate,
  encodeStoredMessage,
  FACILITATOR_OWNER,
  indexNotesByAuthor,
  mergeStoredVector,
  updateUpperClocks,
} from "@troc/shared";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import type { Logger } from "../log";
import type { Metrics } from "../metrics";
import type { PendingUpdate, Storage } from "../storage/storage";
import { AwarenessGate } from "./awarenessGate";
import type { Connection } from "./connection";
import { CLOSE } from "./connection";
import { FanOut } from "./fanOut";
import { captureUpdate, compactStored, hasPending, loadDocument } from "./loadDocument";
import type { IncomingMessage } from "./messages";
import {
  decodeClientMessage,
  encodeAwarenessMessage,
  encodeUpdateMessage,
  MalformedMessageError,
} from "./messages";
import { SilentWriting } from "./silentWriting";
import { SyncAnswers } from "./syncAnswers";

/** An update the room accepted and stored: what another instance needs to apply it. */
export interface StoredUpdateEvent {
  workshopId: string;
  /** The update as Yjs applied it (what was stored and relayed). */
  update: Uint8Array;
  /** Client ids it bound to their owner for the first time. */
  owners: ReadonlyMap<number, string>;
  /** Who sent it: a participantId, "facilitator", or null for the server's own change. */
  author: string | null;
}

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
  /**
   * Called for each update once it is stored, before anyone is sent it: the seam where other
   * instances of the server learn of it (they apply it with `applyStored`).
   */
  onStored?(event: StoredUpdateEvent): void;
}

/** What the room works through, in order: frames, its own changes, updates stored elsewhere. */
type Queued =
  | { kind: "frame"; conn: Connection; message: IncomingMessage; receivedAt: number }
  | { kind: "change"; change: (doc: Y.Doc) => void; done: (error?: unknown) => void }
  | { kind: "stored"; update: Uint8Array; owners: ReadonlyMap<number, string> };

/** What one batch produced, to store and then to send. */
interface BatchOutcome {
  toStore: (PendingUpdate & { author: string | null })[];
  /** Applied updates to fan out, with their sender (null: everyone gets them). */
  applied: { update: Uint8Array; origin: Connection | null; receivedAt: number }[];
  syncRequests: { conn: Connection; stateVector: Uint8Array }[];
  acks: Map<Connection, Map<number, number>>;
  serverChanges: ((error?: unknown) => void)[];
}

const syncMessage = (write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  write(encoder);
  return encoding.toUint8Array(encoder);
};

/**
 * One workshop's live document and its sockets: a pipeline of stages, one batch at a time.
 * Admit (each update checked whole against the document as it stands, see admitUpdate; the
 * awareness gate) → apply (to the room's copy) → store (the batch in one transaction) → fan
 * out (relays by what each socket may see, sync answers, acknowledgements). Nothing is sent
 * before it is stored, so no one ever sees a change that a crash could lose; a refused
 * update changes nothing and closes only the socket that sent it.
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
  private readonly gate: AwarenessGate;
  /** Notes per author, for the per-participant cap without a walk over the board. */
  private readonly notesByAuthor: NotesByAuthor;
  private readonly fanOut: FanOut;
  private queue: Queued[] = [];
  private flushing: Promise<void> | null = null;
  private updatesSinceCompaction: number;
  private closed = false;
  private unloaded = false;
  /** The document may differ from storage: the room must be dropped, never compacted. */
  private failed = false;
  /** Part of what storage holds could not be read: never compacted over. */
  private readonly damaged: boolean;

  private constructor(
    readonly workshopId: string,
    loaded: Awaited<ReturnType<typeof loadDocument>>,
    private readonly options: RoomOptions,
  ) {
    this.doc = loaded.doc;
    this.owners = loaded.owners;
    this.updatesSinceCompaction = loaded.storedUpdates;
    this.readOnly = loaded.damaged || loaded.newer;
    this.damaged = loaded.damaged;
    this.silent = new SilentWriting(this.doc, this.owners);
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.gate = new AwarenessGate(this.awareness, this.connections, this.owners);
    this.notesByAuthor = indexNotesByAuthor(this.doc);
    this.fanOut = new FanOut(
      this.connections,
      this.silent,
      this.awareness,
      new SyncAnswers(this.doc),
    );
    this.awareness.on("update", this.fanOut.awarenessChange);
  }

  /** Loads the document from storage (see loadDocument) before anyone is answered. */
  static async load(workshopId: string, options: RoomOptions): Promise<Room> {
    return new Room(workshopId, await loadDocument(workshopId, options), options);
  }

  /** Adds a socket and starts the y-protocols handshake with it. */
  join(conn: Connection): void {
    this.connections.add(conn);
    conn.send(syncMessage((encoder) => syncProtocol.writeSyncStep1(encoder, this.doc)));
    // Who is here, for boards only (see FanOut.awarenessChange).
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
        const admitted = this.gate.admit(conn, message.update);
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
    this.enqueue({ kind: "frame", conn, message, receivedAt: performance.now() });
  }

  /**
   * Makes a change as the server (an erasure a participant asked for), in order with what the
   * sockets send, stored and relayed like any other; resolves once it is stored.
   */
  change(change: (doc: Y.Doc) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.closed) reject(new Error("room closed"));
      else this.enqueue({ kind: "change", change, done: (e) => (e ? reject(e) : resolve()) });
    });
  }

  /**
   * Applies an update another instance of the server admitted and stored (see `onStored`):
   * the same bookkeeping and fan-out as for a local one, without checking or storing it again.
   */
  applyStored(update: Uint8Array, owners: ReadonlyMap<number, string>): void {
    if (!this.closed) this.enqueue({ kind: "stored", update, owners });
  }

  private enqueue(item: Queued): void {
    this.queue.push(item);
    if (!this.flushing) {
      this.flushing = new Promise((resolve) => setImmediate(resolve)).then(() => this.flush());
    }
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
    const wasSilent = this.silent.active;
    const outcome = this.admitAndApply(batch);
    if (outcome === null) return;
    if (!(await this.store(outcome))) return;
    if (wasSilent && !this.silent.active) {
      for (const [conn, update] of this.silent.reveal()) {
        (conn as Connection).send(encodeUpdateMessage(update));
      }
    }
    for (const { update, origin, receivedAt } of outcome.applied) {
      this.fanOut.update(update, origin);
      this.options.metrics.relay.observe((performance.now() - receivedAt) / 1000);
    }
    for (const { conn, stateVector } of outcome.syncRequests) {
      const update = this.fanOut.syncAnswer(conn, stateVector);
      conn.send(
        syncMessage((encoder) => {
          encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
          encoding.writeVarUint8Array(encoder, update);
        }),
      );
    }
    for (const [conn, ack] of outcome.acks) conn.send(encodeStoredMessage(ack));
    if (this.updatesSinceCompaction >= this.options.compactEveryUpdates) await this.compact();
  }

  /** Admits and applies every item of the batch, in order; null when the room had to fail. */
  private admitAndApply(batch: Queued[]): BatchOutcome | null {
    const out: BatchOutcome = {
      toStore: [],
      applied: [],
      syncRequests: [],
      acks: new Map(),
      serverChanges: [],
    };
    const refused = new Set<Connection>();
    const record = (
      update: Uint8Array,
      owners: Map<number, string>,
      origin: Connection | null,
      receivedAt: number,
    ) => {
      for (const [client, owner] of owners) this.owners.set(client, owner);
      if (update.length === 0) return;
      const author = origin?.owner ?? null;
      out.toStore.push({ workshopId: this.workshopId, update, owners, author });
      out.applied.push({ update, origin, receivedAt });
      this.silent.recordApplied(update);
    };
    for (const item of batch) {
      switch (item.kind) {
        case "change": {
          const update = captureUpdate(this.doc, () =>
            this.doc.transact(() => item.change(this.doc), "server"),
          );
          const owners = this.owners.has(this.doc.clientID)
            ? new Map<number, string>()
            : new Map([[this.doc.clientID, FACILITATOR_OWNER]]);
          record(update, owners, null, performance.now());
          out.serverChanges.push(item.done);
          break;
        }
        case "stored": {
          const update = this.apply(item.update, "remote");
          if (update === null) return null;
          for (const [client, owner] of item.owners) this.owners.set(client, owner);
          // Stored already, by the instance that admitted it: fanned out, not stored again.
          if (update.length > 0) {
            out.applied.push({ update, origin: null, receivedAt: performance.now() });
            this.silent.recordApplied(update);
          }
          break;
        }
        case "frame": {
          const { conn, message, receivedAt } = item;
          if (refused.has(conn)) break;
          if (message.kind === "syncStep1") {
            out.syncRequests.push({ conn, stateVector: message.stateVector });
          } else if (message.kind === "awareness") {
            awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, conn);
          } else {
            const admission = admitUpdate(this.doc, message.update, conn.actor, {
              owners: this.owners,
              ...(conn.name === null ? {} : { name: conn.name }),
              maxNotesPerParticipant: this.options.notesPerParticipant,
              notesOf: this.notesByAuthor.count,
              readOnly: this.readOnly,
            });
            if (!admission.ok) {
              this.refuse(conn, admission.refusal);
              refused.add(conn);
              break;
            }
            const update = this.apply(admission.update, conn);
            if (update === null) return null;
            const owners = new Map(admission.newClients.map((client) => [client, conn.owner]));
            record(update, owners, conn, receivedAt);
            this.options.metrics.updatesAccepted.inc();
            const ack = out.acks.get(conn) ?? new Map<number, number>();
            mergeStoredVector(ack, updateUpperClocks(message.update));
            out.acks.set(conn, ack);
          }
          break;
        }
        default:
          item satisfies never;
      }
    }
    return out;
  }

  /** Stores the batch; false (after failing the room) when storage refused it. */
  private async store(out: BatchOutcome): Promise<boolean> {
    if (out.toStore.length > 0) {
      const stopTimer = this.options.metrics.storageWrite.startTimer();
      try {
        await this.options.storage.appendUpdates(
          out.toStore.map(({ author: _, ...pending }) => pending),
        );
      } catch (error) {
        this.options.log.error({ err: error, workshopId: this.workshopId }, "storing failed");
        for (const done of out.serverChanges) done(error);
        this.fail("storage failure, reconnect");
        return false;
      }
      stopTimer();
      this.updatesSinceCompaction += out.toStore.length;
      for (const { update, owners, author } of out.toStore) {
        this.options.onStored?.({
          workshopId: this.workshopId,
          update,
          owners: owners ?? new Map(),
          author,
        });
      }
    }
    for (const done of out.serverChanges) done();
    return true;
  }

  /**
   * Applies an admitted update and returns the update Yjs made of it (empty when it changed
   * nothing), or null, after failing the room, if Yjs refused it or left part of it pending:
   * the admission should make both impossible, and if it ever did not, the document can no
   * longer be trusted.
   */
  private apply(update: Uint8Array, origin: Connection | "remote"): Uint8Array | null {
    try {
      const made = captureUpdate(this.doc, () => Y.applyUpdate(this.doc, update, origin));
      if (!hasPending(this.doc)) return made;
    } catch (error) {
      this.options.log.error({ err: error, workshopId: this.workshopId }, "apply failed");
    }
    if (origin !== "remote") origin.close(CLOSE.forbidden, "update could not be applied");
    this.fail("an admitted update could not be applied");
    return null;
  }

  /** Forgets what was queued; server changes waiting in it are told why. */
  private dropQueue(why: Error): void {
    for (const item of this.queue.splice(0)) if (item.kind === "change") item.done(why);
  }

  /** Closes the sockets of one participant (whose identity is being erased). */
  closeParticipant(participantId: string, code: number, reason: string): void {
    for (const conn of this.connections) {
      if (conn.actor.role === "participant" && conn.actor.participantId === participantId) {
        conn.close(code, reason);
      }
    }
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

  /** Compacts the stored updates (see compactStored); never over what could not be read. */
  private async compact(): Promise<void> {
    if (this.damaged || this.failed) return;
    await compactStored(this.options.storage, this.workshopId);
    this.updatesSinceCompaction = 0;
  }

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
    this.notesByAuthor.stop();
    this.awareness.destroy();
    this.doc.destroy();
  }
}
