import * as awarenessProtocol from "y-protocols/awareness";
import type { Connection } from "./connection";
import { encodeAwarenessMessage, encodeUpdateMessage } from "./messages";
import type { SilentWriting, Viewer } from "./silentWriting";
import type { SyncAnswers } from "./syncAnswers";

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

const viewerOf = (conn: Connection): Viewer =>
  conn.actor.role === "participant" ? { participantId: conn.actor.participantId } : null;

/** Sends what the room applied to its local sockets, each by what it may see. */
export class FanOut {
  constructor(
    private readonly connections: ReadonlySet<Connection>,
    private readonly silent: SilentWriting,
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly answers: SyncAnswers,
  ) {}

  /** An applied update, to every socket but its sender that may see it now. */
  update(update: Uint8Array, origin: Connection | null): void {
    const message = encodeUpdateMessage(update);
    const described = this.silent.active ? this.silent.describe(update) : null;
    for (const conn of this.connections) {
      if (conn === origin) continue;
      if (described === null || this.silent.mayRelay(conn, viewerOf(conn), described)) {
        conn.send(message);
      }
    }
  }

  /** Sync step 2's update for a socket, less what silent writing hides from it. */
  syncAnswer(conn: Connection, stateVector: Uint8Array): Uint8Array {
    const viewer = viewerOf(conn);
    return this.silent.hidesFrom(viewer)
      ? this.silent.syncAnswer(conn, viewer, stateVector)
      : this.answers.missingFrom(stateVector);
  }

  /**
   * Presence, to boards. Phones use nobody's presence, and co-facilitators' pointers move ten
   * times a second: a phone gets only its own state back, which y-websocket needs as a
   * keep-alive (it reconnects after 30 s without a message).
   */
  readonly awarenessChange = (change: AwarenessChange, origin: unknown): void => {
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
      const own = changed.filter((id) => conn.awarenessClients.has(id));
      if (own.length > 0) {
        conn.send(
          encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, own)),
        );
      }
    }
  };
}
