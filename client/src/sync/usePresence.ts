import { useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import type { PeerEntry, PeerFacilitator, Presence } from "./presence";
import { EMPTY_PRESENCE, readPeer } from "./presence";

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/**
 * Keeps one awareness's presence up to date from its change events, re-reading only the
 * clients that changed: a co-facilitator's pointer moving ten times a second rebuilds the
 * facilitators' list, never the (possibly 2,000-strong) participants' names.
 */
class PresenceTracker {
  private readonly entries = new Map<number, PeerEntry>();
  private readonly listeners = new Set<() => void>();
  private snapshot: Presence = EMPTY_PRESENCE;

  constructor(private readonly awareness: Awareness) {
    for (const [clientId, state] of awareness.getStates()) this.read(clientId, state);
    this.snapshot = this.build(true, true);
    awareness.on("change", this.onChange);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): Presence => this.snapshot;

  private read(clientId: number, state: unknown): PeerEntry | null {
    if (clientId === this.awareness.clientID) return null;
    const entry = readPeer(clientId, state);
    if (entry) this.entries.set(clientId, entry);
    else this.entries.delete(clientId);
    return entry;
  }

  private readonly onChange = ({ added, updated, removed }: AwarenessChange): void => {
    let participants = false;
    let facilitators = false;
    const states = this.awareness.getStates();
    for (const clientId of [...added, ...updated, ...removed]) {
      const before = this.entries.get(clientId) ?? null;
      const after = this.read(clientId, states.get(clientId));
      const wasParticipant = before?.role === "participant";
      const isParticipant = after?.role === "participant";
      if (
        wasParticipant !== isParticipant ||
        (before?.role === "participant" &&
          after?.role === "participant" &&
          before.name !== after.name)
      ) {
        participants = true;
      }
      if (before?.role === "facilitator" || after?.role === "facilitator") facilitators = true;
    }
    if (!participants && !facilitators) return;
    this.snapshot = this.build(participants, facilitators);
    for (const listener of [...this.listeners]) listener();
  };

  private build(participants: boolean, facilitators: boolean): Presence {
    let { participants: count, names } = this.snapshot;
    let peers = this.snapshot.facilitators;
    if (participants) {
      const list: string[] = [];
      count = 0;
      for (const entry of this.entries.values()) {
        if (entry.role !== "participant") continue;
        count += 1;
        if (entry.name !== null) list.push(entry.name);
      }
      names = list;
    }
    if (facilitators) {
      const list: PeerFacilitator[] = [];
      for (const entry of this.entries.values()) {
        if (entry.role === "facilitator") list.push(entry.peer);
      }
      peers = list.sort((a, b) => a.clientId - b.clientId);
    }
    return { participants: count, names, facilitators: peers };
  }
}

// One tracker per awareness, shared by every component that asks; it lives as long as the
// awareness does (its listener goes when the awareness is destroyed with its document).
const trackers = new WeakMap<Awareness, PresenceTracker>();

function trackerFor(awareness: Awareness): PresenceTracker {
  let tracker = trackers.get(awareness);
  if (!tracker) {
    tracker = new PresenceTracker(awareness);
    trackers.set(awareness, tracker);
  }
  return tracker;
}

const subscribeToNothing = (): (() => void) => () => {};
const nobody = (): Presence => EMPTY_PRESENCE;

/**
 * Who else is connected to the workshop (this client left out): participants' count and
 * names, other boards with their pointers and drags. Null awareness: nobody.
 */
export function usePresence(awareness: Awareness | null): Presence {
  const tracker = awareness === null ? null : trackerFor(awareness);
  return useSyncExternalStore(
    tracker?.subscribe ?? subscribeToNothing,
    tracker?.getSnapshot ?? nobody,
  );
}
