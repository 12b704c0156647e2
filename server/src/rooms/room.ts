import type { Refusal } from "@troc/shared";
import {
  checkUpdate,
  encodeStoredMessage,
  mergeStoredVector,
  migrateDocument,
  updateUpperClocks,
} from "@troc/shared";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import type { Logger } from "../log";
import type { Storage } from "../storage/storage";
import type { Connection } from "./connection";
import { CLOSE, send } from "./connection";
import type { IncomingMessage } from "./messages";
import {
  decodeClientMessage,
  encodeAwarenessMessage,
  encodeUpdateMessage,
  MalformedMessageError,
} from "./messages";

export interface RoomOptions {
  storage: Storage;
  log: Logger;
  /** Stored updates after which the document is compacted into one snapshot. */
  compactEveryUpdates: number;
  /** Called when the last connection leaves. */
  onEmpty(room: Room): void;
}

interface Queued {
  conn: Connection;
  message: IncomingMessage;
}

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/**
 * One workshop's live document and its sockets. Incoming messages are queued and handled
 * in order by one flush at a time: the flush stores every update of the batch in one
 * transaction, and only then applies, relays and acknowledges them, so no one ever sees a
 * change that a crash could lose.
 */
export class Room {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections = new Set<Connection>();
  /** A document written by newer code: served, never written to. */
  readonly readOnly: boolean;
  private queue: Queued[] = [];
  private flushing: Promise<void> | null = null;
  private updatesSinceCompaction: number;
  private closed = false;

  private constructor(
    readonly workshopId: string,
    doc: Y.Doc,
    storedUpdates: number,
    private readonly options: RoomOptions,
  ) {
    this.doc = doc;
    this.updatesSinceCompaction = storedUpdates;
    this.readOnly = migrateDocument(doc).status === "newer";
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
    if (all.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(all), "storage");
    const room = new Room(workshopId, doc, stored.updates.length, options);
    if (room.readOnly)
      options.log.warn({ workshopId }, "document is newer than this server: read-only");
    return room;
  }

  /** Adds a socket and starts the y-protocols handshake with it. */
  join(conn: Connection): void {
    this.connections.add(conn);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    send(conn, encoding.toUint8Array(encoder));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) {
      send(
        conn,
        encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)),
      );
    }
    // Everything the room holds is stored: tell the client, so notes it wrote in an earlier
    // session and that reached the server are marked delivered at once.
    send(conn, encodeStoredMessage(Y.decodeStateVector(Y.encodeStateVector(this.doc))));
  }

  /** Removes a socket and the awareness states it spoke for. */
  leave(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    if (conn.awarenessClients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessClients], conn);
    }
    if (this.connections.size === 0) this.options.onEmpty(this);
  }

  /** Takes one raw frame from a socket; a malformed one closes that socket only. */
  receive(conn: Connection, data: Uint8Array): void {
    let message: IncomingMessage;
    try {
      message = decodeClientMessage(data);
      if (message.kind === "update") Y.decodeUpdate(message.update);
      if (message.kind === "syncStep1") Y.decodeStateVector(message.stateVector);
    } catch (error) {
      const reason =
        error instanceof MalformedMessageError ? error.message : "malformed Yjs payload";
      this.options.log.info({ workshopId: this.workshopId, reason }, "closing socket: bad message");
      conn.socket.close(CLOSE.invalidPayload, reason);
      return;
    }
    this.queue.push({ conn, message });
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
        const batch = this.queue.splice(0);
        await this.handleBatch(batch);
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
    await this.options.storage.appendUpdates(updates);

    const acks = new Map<Connection, Map<number, number>>();
    for (const { conn, message } of accepted) {
      switch (message.kind) {
        case "update": {
          Y.applyUpdate(this.doc, message.update, conn);
          const ack = acks.get(conn) ?? new Map<number, number>();
          mergeStoredVector(ack, updateUpperClocks(message.update));
          acks.set(conn, ack);
          break;
        }
        case "syncStep1": {
          const encoder = encoding.createEncoder();
          encoding.writeVarUint(encoder, 0);
          syncProtocol.writeSyncStep2(encoder, this.doc, message.stateVector);
          send(conn, encoding.toUint8Array(encoder));
          break;
        }
        case "awareness":
          awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, conn);
          break;
        default:
          message satisfies never;
      }
    }
    for (const [conn, ack] of acks) send(conn, encodeStoredMessage(ack));

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
      const list = updatesBy.get(conn) ?? [];
      list.push(message.update);
      updatesBy.set(conn, list);
    }
    const refused = new Set<Connection>();
    for (const [conn, updates] of updatesBy) {
      const merged = updates.length === 1 && updates[0] ? updates[0] : Y.mergeUpdates(updates);
      const refusal: Refusal | null = this.readOnly
        ? { rule: "read-only", reason: "document is newer than this server: read-only" }
        : checkUpdate(this.doc, merged, conn.actor);
      if (!refusal) continue;
      refused.add(conn);
      this.options.log.warn(
        { workshopId: this.workshopId, role: conn.actor.role, rule: refusal.rule },
        "refused a change",
      );
      conn.socket.close(CLOSE.forbidden, refusal.reason.slice(0, 120));
    }
    return refused;
  }

  /** Replaces the stored updates by one snapshot of the document; no flush may be running. */
  private async compact(): Promise<void> {
    await this.options.storage.compact(this.workshopId, Y.encodeStateAsUpdate(this.doc));
    this.updatesSinceCompaction = 0;
  }

  private readonly relayUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === "storage") return;
    const message = encodeUpdateMessage(update);
    for (const conn of this.connections) if (conn !== origin) send(conn, message);
  };

  private readonly relayAwareness = (change: AwarenessChange, origin: unknown): void => {
    const owner = [...this.connections].find((conn) => conn === origin);
    if (owner) {
      for (const id of change.added) owner.awarenessClients.add(id);
      for (const id of change.removed) owner.awarenessClients.delete(id);
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    const message = encodeAwarenessMessage(
      awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed),
    );
    for (const conn of this.connections) send(conn, message);
  };

  /** Closes every socket with `code`; the clients reconnect to a fresh room. */
  closeAll(code: number, reason: string): void {
    for (const conn of this.connections) conn.socket.close(code, reason);
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
