import type { IndexeddbPersistence } from "y-indexeddb";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";

export interface QuietLoad {
  /** The copy is loaded (or given up on): the listeners are back. */
  resume(): void;
  /** The connection is closing: leave the listeners off. */
  abandon(): void;
}

/**
 * Loading the offline copy applies the whole board in one transaction, and Yjs encodes each
 * transaction again for the document's "update" listeners: y-indexeddb's and the provider's,
 * which both ignore this one (it is the copy itself; the provider is not connected yet). On a
 * phone with a 4× slower CPU that encoding took 130 ms before a 2,000-note board could show.
 * So both listeners are off until the copy is loaded. Nothing typed meanwhile is lost:
 * y-indexeddb writes the document's whole state into the copy just before it applies the copy
 * (in the same task), and the sync handshake that starts then sends the server what it lacks.
 */
export function loadOfflineCopyQuietly(
  doc: Y.Doc,
  persistence: IndexeddbPersistence,
  provider: WebsocketProvider,
): QuietLoad {
  const listeners = [persistence._storeUpdate, provider._updateHandler];
  for (const listener of listeners) doc.off("update", listener);
  let over = false;
  return {
    resume() {
      if (over) return;
      over = true;
      for (const listener of listeners) doc.on("update", listener);
    },
    abandon() {
      over = true;
    },
  };
}
