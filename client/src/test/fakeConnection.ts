import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import type { ConnectionState, ConnectWorkshop, WorkshopConnection } from "../sync/connection";
import { createStoredTracker } from "../sync/storedTracker";

/** A connection with no network: a plain Y.Doc, and hands on the status and stored vector. */
export interface FakeConnection extends WorkshopConnection {
  setState(state: Partial<ConnectionState>): void;
  /** Pretends the server stored everything the document holds now. */
  storeEverything(): void;
  destroyed: boolean;
  localCopyErased: boolean;
}

export function createFakeConnection(doc: Y.Doc = new Y.Doc()): FakeConnection {
  const stored = createStoredTracker();
  let state: ConnectionState = { status: "connected", wasConnected: true, error: null };
  const listeners = new Set<(state: ConnectionState) => void>();
  const connection: FakeConnection = {
    doc,
    stored,
    // Local only: tests feed it other clients' states with applyAwarenessUpdate.
    awareness: new Awareness(doc),
    destroyed: false,
    localCopyErased: false,
    getState: () => state,
    subscribeState(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async eraseLocalCopy() {
      connection.localCopyErased = true;
    },
    destroy() {
      connection.destroyed = true;
    },
    setState(patch) {
      state = { ...state, ...patch };
      for (const listener of listeners) listener(state);
    },
    storeEverything() {
      stored.merge(Y.decodeStateVector(Y.encodeStateVector(doc)));
    },
  };
  return connection;
}

/** A `connect` that hands out `connection` and records what it was asked for. */
export function fakeConnect(connection: WorkshopConnection): ConnectWorkshop & {
  calls: { workshopId: string; token: string }[];
} {
  const calls: { workshopId: string; token: string }[] = [];
  const connect = (workshopId: string, token: string) => {
    calls.push({ workshopId, token });
    return connection;
  };
  return Object.assign(connect, { calls });
}
