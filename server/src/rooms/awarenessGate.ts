import { checkAwarenessState } from "@troc/shared";
import * as awarenessProtocol from "y-protocols/awareness";
import type { Connection } from "./connection";
import { CLOSE } from "./connection";
import type { AwarenessEntry } from "./messages";
import { decodeAwarenessEntries, encodeAwarenessEntries } from "./messages";

/**
 * What a socket may say in awareness (presence, pointers): about its own client only (the
 * first one it announces, and never a Yjs client id that someone else writes with), a
 * bounded state in bytes, without claiming another person's name or role.
 */
export class AwarenessGate {
  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly connections: ReadonlySet<Connection>,
    /** Who writes with each Yjs client id: their id is theirs in awareness too. */
    private readonly owners: ReadonlyMap<number, string>,
  ) {}

  /**
   * The part of `update` to apply (null: nothing left), or null after closing the socket
   * when its own state breaks a rule. Entries about other clients are dropped, not punished:
   * y-websocket clients echo every awareness change they receive, so each board and phone
   * re-sends the others' states as a matter of course.
   */
  admit(conn: Connection, update: Uint8Array): Uint8Array | null {
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
}
