import * as decoding from "lib0/decoding";
import type { IndexeddbPersistence } from "y-indexeddb";
import * as syncProtocol from "y-protocols/sync";
import type { WebsocketProvider } from "y-websocket";

type UpdateListener = WebsocketProvider["_updateHandler"];

/** y-websocket's message type for sync messages (its handlers array is indexed by it). */
const MESSAGE_SYNC = 0;

/**
 * What the server sends (a sync answer, a relayed change) is applied with the document's
 * "update" listeners off, and the offline copy stores the bytes as they came. Otherwise Yjs
 * encodes every applied transaction again for those listeners: the provider's, which ignores
 * what came from the server, and y-indexeddb's, which stores it. Opening a 2,000-note board
 * spent a third of applying the server's answer on that encoding (75 of 221 ms), more on a
 * phone's slower CPU (docs/benchmarks.md). The copy holds the same changes either way (bytes
 * already known are skipped when the copy is loaded).
 */
export function applyServerUpdatesQuietly(
  provider: WebsocketProvider,
  persistence: IndexeddbPersistence | null,
): void {
  const doc = provider.doc;
  const handle = provider.messageHandlers[MESSAGE_SYNC];
  if (!handle) return;
  provider.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, ...rest) => {
    const peek = decoding.clone(decoder);
    const type = decoding.readVarUint(peek);
    if (type !== syncProtocol.messageYjsSyncStep2 && type !== syncProtocol.messageYjsUpdate) {
      handle(encoder, decoder, ...rest);
      return;
    }
    const update = decoding.readVarUint8Array(peek);
    // Only those listening now: while the offline copy loads they are off (quietOfflineLoad).
    const registered: Set<unknown> | undefined = doc._observers.get("update");
    const listeners = [provider._updateHandler, persistence?._storeUpdate].filter(
      (listener): listener is UpdateListener =>
        listener !== undefined && !!registered?.has(listener),
    );
    for (const listener of listeners) doc.off("update", listener);
    try {
      handle(encoder, decoder, ...rest);
    } finally {
      for (const listener of listeners) doc.on("update", listener);
    }
    // As y-indexeddb stores a change that did not come from itself (when it was listening).
    if (persistence && listeners.includes(persistence._storeUpdate)) {
      persistence._storeUpdate(update, provider);
    }
  };
}
