import { FACILITATOR_OWNER, isSilentWriting, touchesParticipantContent } from "@troc/shared";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";

/** Whom a socket's view is for: a participant sees their own notes only while silent. */
export type Viewer = { readonly participantId: string } | null;

/** An applied update as relaying sees it: the clock range of each client, and deletes. */
export interface RelayedUpdate {
  readonly from: ReadonlyMap<number, number>;
  readonly to: ReadonlyMap<number, number>;
  /** For an update made only of deletes, the clients it deletes from. */
  readonly deletes: readonly number[];
}

/**
 * Encodes `client`'s structs from clock `from` up to `to` as an update, or null when a struct
 * straddles `to` and cannot be cut there (only garbage-collected ranges can, and are).
 */
export function encodeClientRange(
  doc: Y.Doc,
  client: number,
  from: number,
  to: number,
): Uint8Array | null {
  const structs = doc.store.clients.get(client);
  if (!structs || from >= to) return null;
  const start = Y.findIndexSS(structs, from);
  let end = start;
  while (end < structs.length && (structs[end]?.id.clock ?? to) < to) end++;
  const last = structs[end - 1];
  if (!last) return null;
  const overhang = last.id.clock + last.length - to;
  if (overhang > 0 && !(last instanceof Y.GC)) return null;
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, 1);
  encoding.writeVarUint(encoder.restEncoder, end - start);
  encoder.writeClient(client);
  encoding.writeVarUint(encoder.restEncoder, from);
  for (let i = start; i < end; i++) {
    let struct = structs[i];
    if (!struct) return null;
    if (i === end - 1 && overhang > 0) struct = new Y.GC(struct.id, struct.length - overhang);
    struct.write(encoder, i === start ? from - struct.id.clock : 0);
  }
  encoding.writeVarUint(encoder.restEncoder, 0); // no deletes
  return encoder.toUint8Array();
}

/**
 * What silent writing keeps from participant sockets, decided by what content is, not by who
 * sends it: everything other participants' clients wrote, and whatever a facilitator's client
 * wrote from the first clock where it wrote inside (or next to) participants' content (a phone
 * could not integrate it without the content it sits in, and Yjs would then hold back
 * everything that client wrote after it). Per socket, it remembers from which clock it held
 * each client back, and at the reveal sends exactly that.
 */
export class SilentWriting {
  /** Facilitator clients: the first clock at which each wrote into participants' content. */
  private readonly cuts = new Map<number, number>();
  /** Per participant socket: the clock from which each held-back client was not sent. */
  private readonly withheld = new Map<object, Map<number, number>>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly owners: ReadonlyMap<number, string>,
  ) {
    for (const [client, structs] of doc.store.clients) {
      if (owners.get(client) !== FACILITATOR_OWNER) continue;
      const first = structs.find(
        (s) => s instanceof Y.Item && touchesParticipantContent(s, owners),
      );
      if (first) this.cuts.set(client, first.id.clock);
    }
  }

  get active(): boolean {
    return isSilentWriting(this.doc);
  }

  /** Notes where an update the room just applied wrote into participants' content. */
  recordApplied(update: Uint8Array): void {
    const { from, to } = Y.parseUpdateMeta(update);
    for (const [client, start] of from) {
      if (this.owners.get(client) !== FACILITATOR_OWNER || this.cuts.has(client)) continue;
      const structs = this.doc.store.clients.get(client);
      const end = to.get(client) ?? start;
      if (!structs) continue;
      for (let i = Y.findIndexSS(structs, start); i < structs.length; i++) {
        const struct = structs[i];
        if (!struct || struct.id.clock >= end) break;
        if (struct instanceof Y.Item && touchesParticipantContent(struct, this.owners)) {
          this.cuts.set(client, struct.id.clock);
          break;
        }
      }
    }
  }

  /** From which clock `client` is hidden from `viewer` now; undefined when it is not. */
  private hiddenFrom(viewer: Viewer, client: number): number | undefined {
    if (viewer === null || !this.active) return undefined;
    const owner = this.owners.get(client);
    if (owner === undefined || owner === viewer.participantId) return undefined;
    if (owner === FACILITATOR_OWNER) return this.cuts.get(client);
    return 0;
  }

  /** What relaying needs to know of an applied update, worked out once for all sockets. */
  describe(update: Uint8Array): RelayedUpdate {
    const { from, to } = Y.parseUpdateMeta(update);
    // Only deletes: which clients they touch (the ones over hidden content wait).
    const deletes = from.size === 0 ? [...Y.decodeUpdate(update).ds.clients.keys()] : [];
    return { from, to, deletes };
  }

  /**
   * Whether an applied update may be relayed to `socket` now. When not, remembers from which
   * clock its clients were held back, and holds back everything they write next.
   */
  mayRelay(socket: object, viewer: Viewer, update: RelayedUpdate): boolean {
    if (viewer === null || !this.active) return true;
    const held = this.withheld.get(socket);
    let hide = false;
    for (const [client, end] of update.to) {
      const hidden = this.hiddenFrom(viewer, client);
      if (held?.has(client) || (hidden !== undefined && end > hidden)) hide = true;
    }
    for (const client of update.deletes) {
      if (this.hiddenFrom(viewer, client) === 0) hide = true;
    }
    if (!hide) return true;
    const record = held ?? new Map<number, number>();
    for (const [client, start] of update.from) {
      record.set(client, Math.min(record.get(client) ?? start, start));
    }
    this.withheld.set(socket, record);
    return false;
  }

  /** Whether some of the document is hidden from `viewer` now. */
  hidesFrom(viewer: Viewer): boolean {
    return viewer !== null && this.active;
  }

  /** Sync step 2's update for a socket that has `stateVector`, leaving out what is hidden. */
  syncAnswer(socket: object, viewer: Viewer, stateVector: Uint8Array): Uint8Array {
    if (!this.hidesFrom(viewer)) return Y.encodeStateAsUpdate(this.doc, stateVector);
    const has = Y.decodeStateVector(stateVector);
    const target = new Map(has);
    const parts: Uint8Array[] = [];
    const record = this.withheld.get(socket) ?? new Map<number, number>();
    for (const client of this.doc.store.clients.keys()) {
      const hidden = this.hiddenFrom(viewer, client);
      if (hidden === undefined) continue;
      const state = Y.getState(this.doc.store, client);
      const since = has.get(client) ?? 0;
      target.set(client, state);
      if (since >= state) continue;
      // Up to the cut, a facilitator's client is shared like any other.
      const shared = hidden > since ? encodeClientRange(this.doc, client, since, hidden) : null;
      if (shared) parts.push(shared);
      const heldFrom = shared ? hidden : since;
      record.set(client, Math.min(record.get(client) ?? heldFrom, heldFrom));
    }
    if (record.size > 0) this.withheld.set(socket, record);
    const rest = Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(target));
    return parts.length === 0 ? rest : Y.mergeUpdates([rest, ...parts]);
  }

  /**
   * Silent writing ended: for each socket that missed something, the update with all it was
   * not sent (and every delete), then forgets.
   */
  reveal(): [object, Uint8Array][] {
    const full = Y.decodeStateVector(Y.encodeStateVector(this.doc));
    const answers: [object, Uint8Array][] = [];
    for (const [socket, record] of this.withheld) {
      const target = new Map(full);
      for (const [client, from] of record) target.set(client, from);
      answers.push([socket, Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(target))]);
    }
    this.withheld.clear();
    return answers;
  }

  forget(socket: object): void {
    this.withheld.delete(socket);
  }
}
