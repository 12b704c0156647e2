import { CLOSE, decodeStoredPayload, MESSAGE_STORED, transactionUpperClocks } from "@troc/shared";
import { IndexeddbPersistence } from "y-indexeddb";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type {
  ConnectionError,
  ConnectionState,
  ConnectionStatus,
  WorkshopConnection,
} from "./connection";
import { openEarly } from "./earlySocket";
import { loadOfflineCopyQuietly } from "./quietOfflineLoad";
import { applyServerUpdatesQuietly } from "./quietServerUpdates";
import { renewAwarenessOnConnect } from "./renewAwareness";
import { createStoredTracker } from "./storedTracker";

/** Close codes after which reconnecting cannot help (docs/protocol.md). */
const FINAL_CLOSE_CODES: ReadonlyMap<number, ConnectionError> = new Map([
  [CLOSE.badToken, "bad-token"],
  [CLOSE.forbidden, "refused"],
  [CLOSE.unknownWorkshop, "unknown-workshop"],
  [CLOSE.workshopDeleted, "deleted"],
]);

export interface ConnectOptions {
  /** Defaults to `/ws` on this page's host, with `wss` under https. */
  serverUrl?: string;
  /** For tests: a WebSocket stand-in. */
  WebSocketPolyfill?: typeof WebSocket;
  /**
   * Keep a copy of the document in IndexedDB (default: wherever IndexedDB exists), so a reload
   * without network still shows the notes and what was written offline is sent later.
   */
  offlineCopy?: boolean;
}

/** How long the connection waits for the offline copy before connecting anyway. */
const OFFLINE_COPY_WAIT_MS = 2000;

/** Key of the stored vector in the offline copy's own key-value store. */
const STORED_KEY = "stored";

/** The stored vector as saved in the offline copy (JSON pairs); anything else counts as empty. */
function parseStoredVector(saved: unknown): Map<number, number> {
  const vector = new Map<number, number>();
  if (typeof saved !== "string") return vector;
  try {
    const pairs: unknown = JSON.parse(saved);
    if (!Array.isArray(pairs)) return vector;
    for (const pair of pairs) {
      if (!Array.isArray(pair)) continue;
      const [client, clock] = pair as unknown[];
      if (Number.isSafeInteger(client) && Number.isSafeInteger(clock)) {
        vector.set(client as number, clock as number);
      }
    }
  } catch {
    // A damaged entry only costs the marks: the server's first message brings them back.
  }
  return vector;
}

/**
 * The IndexedDB database holding one workshop as seen by one key or token. The token itself
 * never goes into the name (names are readable by anything on the device's origin): only a
 * 64-bit FNV-1a digest of it, enough to tell two identities on one phone apart.
 */
export function offlineCopyName(workshopId: string, token: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, "0");
  return `troc:${workshopId}:${hex(a)}${hex(b)}`;
}

export function defaultServerUrl(): string {
  const scheme = window.location.protocol === "https:" ? "wss" : "ws";
  return `${scheme}://${window.location.host}/ws`;
}

/**
 * The only network code for the document: a Y.Doc synced through y-websocket, plus Troc's
 * "stored" messages, so the page can tell which notes the server has made durable.
 */
export function connectWorkshop(
  workshopId: string,
  token: string,
  options: ConnectOptions = {},
): WorkshopConnection {
  const doc = new Y.Doc();
  const stored = createStoredTracker();
  const persistence =
    (options.offlineCopy ?? typeof indexedDB !== "undefined")
      ? new IndexeddbPersistence(offlineCopyName(workshopId, token), doc)
      : null;
  const provider = new WebsocketProvider(options.serverUrl ?? defaultServerUrl(), workshopId, doc, {
    params: { token },
    // With an offline copy, connect once it is loaded: the sync handshake then sends the server
    // only what it lacks (the notes written offline), as one update.
    connect: persistence === null,
    // Another tab's updates would arrive with the provider as origin, yet the server may not
    // have stored them: cross-tab sync would make "delivered" marks lie.
    disableBc: true,
    // y-websocket stops on every 44xx; Troc stops only where retrying cannot succeed (a
    // rate limit, 4429, should be retried after backoff).
    shouldReconnect: (event) => !FINAL_CLOSE_CODES.has(event.code),
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });

  const online = (): boolean => typeof navigator === "undefined" || navigator.onLine !== false;
  // While the offline copy loads, the socket opens (see openEarly); the provider takes it then.
  const early = persistence !== null && online() ? openEarly(provider.url, provider._WS) : null;
  if (early) provider._WS = early.SocketClass;

  let providerStatus: ConnectionStatus = "connecting";
  let state: ConnectionState = { status: "connecting", wasConnected: false, error: null };
  const listeners = new Set<(state: ConnectionState) => void>();

  const publish = (patch: Partial<ConnectionState>): void => {
    const next = { ...state, ...patch };
    if (
      next.status === state.status &&
      next.wasConnected === state.wasConnected &&
      next.error === state.error
    ) {
      return;
    }
    state = next;
    for (const listener of [...listeners]) listener(state);
  };
  const refreshStatus = (): void => {
    if (state.error !== null) return;
    publish({
      status: online() ? providerStatus : "disconnected",
      wasConnected: state.wasConnected || providerStatus === "connected",
    });
  };

  applyServerUpdatesQuietly(provider, persistence);
  renewAwarenessOnConnect(provider);
  provider.messageHandlers[MESSAGE_STORED] = (_encoder, decoder) => {
    const vector = decodeStoredPayload(decoder);
    if (vector) stored.merge(vector);
  };

  // Whatever the server sends us it has stored first (it stores before relaying).
  const onTransaction = (transaction: Y.Transaction): void => {
    if (transaction.origin === provider) stored.merge(transactionUpperClocks(transaction));
  };
  doc.on("afterTransaction", onTransaction);

  provider.on("status", ({ status }) => {
    providerStatus = status;
    refreshStatus();
  });
  let destroyed = false;
  // False until the offline copy is loaded (or given up on), and after a final close.
  let mayConnect = persistence === null;
  const connectIfOnline = (): void => {
    if (mayConnect && !destroyed && online()) provider.connect();
  };

  provider.on("connection-close", (event) => {
    const error = event ? FINAL_CLOSE_CODES.get(event.code) : undefined;
    if (error === undefined) return;
    mayConnect = false;
    // shouldReconnect already refuses to retry; disconnecting also stops a later connect().
    // Deferred: y-websocket emits this event while it is still closing the socket.
    queueMicrotask(() => provider.disconnect());
    if (error === "refused" && persistence !== null) {
      // The refused update sits in the offline copy: clear it before the page reloads the
      // document, or it would come back (and be refused again) on every load.
      persistence.clearData().then(
        () => publish({ status: "disconnected", error }),
        () => publish({ status: "disconnected", error }),
      );
      return;
    }
    publish({ status: "disconnected", error });
  });

  let fallback: ReturnType<typeof setTimeout> | undefined;
  let stopSavingStored = (): void => {};
  const quietLoad =
    persistence === null ? null : loadOfflineCopyQuietly(doc, persistence, provider);
  if (persistence !== null) {
    // The stored marks survive a reload too: what the server confirmed stays confirmed, so
    // notes reopened offline are not all shown "en attente".
    persistence.get(STORED_KEY).then(
      (saved: unknown) => stored.merge(parseStoredVector(saved)),
      () => {},
    );
    stopSavingStored = stored.subscribe(() => {
      persistence.set(STORED_KEY, JSON.stringify([...stored.vector])).catch(() => {});
    });
    const start = (): void => {
      clearTimeout(fallback);
      if (!destroyed) quietLoad?.resume();
      if (mayConnect || destroyed || state.error !== null) return;
      mayConnect = true;
      connectIfOnline();
      refreshStatus();
    };
    // If IndexedDB hangs (some private modes), work online rather than not at all.
    fallback = setTimeout(start, OFFLINE_COPY_WAIT_MS);
    void persistence.whenSynced.then(start);
  }

  // Chromium's offline mode leaves open sockets open, and phones keep dead ones: follow the
  // browser's own idea of the network rather than wait for the socket to notice.
  const onOffline = (): void => {
    provider.disconnect();
    refreshStatus();
  };
  const onOnline = (): void => {
    connectIfOnline();
    refreshStatus();
  };
  window.addEventListener("online", onOnline);
  window.addEventListener("offline", onOffline);

  return {
    doc,
    stored,
    awareness: provider.awareness,
    getState: () => state,
    subscribeState(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async eraseLocalCopy() {
      await persistence?.clearData();
    },
    destroy() {
      destroyed = true;
      clearTimeout(fallback);
      early?.discard();
      quietLoad?.abandon();
      stopSavingStored();
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      listeners.clear();
      doc.off("afterTransaction", onTransaction);
      provider.destroy();
      void persistence?.destroy();
      doc.destroy();
    },
  };
}
