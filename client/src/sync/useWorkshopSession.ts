import { useEffect, useState } from "react";
import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import { useConnect } from "../services/ConnectContext";
import { bindConnectionState } from "../store/bindConnectionState";
import { bindDocToStore } from "../store/bindDocToStore";
import type { BoardStore } from "../store/boardStore";
import { createBoardStore } from "../store/boardStore";

/** An open workshop: the document to dispatch commands on, the store to render from. */
export interface WorkshopSession {
  doc: Y.Doc;
  store: BoardStore;
  /** Presence: who is connected, co-facilitators' pointers (see sync/presence.ts). */
  awareness: Awareness;
  /** Forgets this device's offline copy (after the person erased their data). */
  eraseLocalCopy(): Promise<void>;
}

/**
 * Opens the workshop while the component is mounted (token null: not yet) and closes it on
 * unmount or when the workshop or token change.
 */
export function useWorkshopSession(
  workshopId: string,
  token: string | null,
): WorkshopSession | null {
  const connect = useConnect();
  const [session, setSession] = useState<WorkshopSession | null>(null);
  // Bumped when the server refused a change: the local copy is thrown away and reloaded.
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (token === null) return;
    void generation;
    const connection = connect(workshopId, token);
    const store = createBoardStore();
    const unbindDoc = bindDocToStore(connection.doc, store, connection.stored);
    const unbindState = bindConnectionState(connection, store);
    const stopWatching = connection.subscribeState((state) => {
      if (state.error === "refused") setGeneration((n) => n + 1);
    });
    setSession({
      doc: connection.doc,
      store,
      awareness: connection.awareness,
      eraseLocalCopy: () => connection.eraseLocalCopy(),
    });
    return () => {
      stopWatching();
      unbindDoc();
      unbindState();
      connection.destroy();
      setSession(null);
    };
  }, [connect, workshopId, token, generation]);
  return session;
}
