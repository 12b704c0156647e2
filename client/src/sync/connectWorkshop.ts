import { decodeStoredPayload, MESSAGE_STORED, updateUpperClocks } from "@troc/shared";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type {
  ConnectionError,
  ConnectionState,
  ConnectionStatus,
  WorkshopConnection,
} from "./connection";
import { createStoredTracker } from "./storedTracker";

/** Close codes after which reconnecting cannot help (DESIGN.md). */
const FINAL_CLOSE_CODES: ReadonlyMap<number, ConnectionError> = new Map([
  [4401, "bad-token"],
  [4403, "refused"],
  [4404, "unknown-workshop"],
]);

export interface ConnectOptions {
  /** Defaults to `/ws` on this page's host, with `wss` under https. */
  serverUrl?: string;
  /** For tests: a WebSocket stand-in. */
  WebSocketPolyfill?: typeof WebSocket;
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
  const provider = new WebsocketProvider(options.serverUrl ?? defaultServerUrl(), workshopId, doc, {
    params: { token },
    // Another tab's updates would arrive with the provider as origin, yet the server may not
    // have stored them: cross-tab sync would make "delivered" marks lie.
    disableBc: true,
    // y-websocket stops on every 44xx; Troc stops only where retrying cannot succeed (a
    // rate limit, 4429, should be retried after backoff).
    shouldReconnect: (event) => !FINAL_CLOSE_CODES.has(event.code),
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });

  let providerStatus: ConnectionStatus = "connecting";
  let state: ConnectionState = { status: "connecting", wasConnected: false, error: null };
  const listeners = new Set<(state: ConnectionState) => void>();
  const online = (): boolean => typeof navigator === "undefined" || navigator.onLine !== false;

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

  provider.messageHandlers[MESSAGE_STORED] = (_encoder, decoder) => {
    const vector = decodeStoredPayload(decoder);
    if (vector) stored.merge(vector);
  };

  // Whatever the server sends us it has stored first (it stores before relaying).
  const onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === provider) stored.merge(updateUpperClocks(update));
  };
  doc.on("update", onUpdate);

  provider.on("status", ({ status }) => {
    providerStatus = status;
    refreshStatus();
  });
  provider.on("connection-close", (event) => {
    const error = event ? FINAL_CLOSE_CODES.get(event.code) : undefined;
    if (error === undefined) return;
    publish({ status: "disconnected", error });
    // shouldReconnect already refuses to retry; disconnecting also stops a later connect().
    // Deferred: y-websocket emits this event while it is still closing the socket.
    queueMicrotask(() => provider.disconnect());
  });

  window.addEventListener("online", refreshStatus);
  window.addEventListener("offline", refreshStatus);

  return {
    doc,
    stored,
    getState: () => state,
    subscribeState(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      window.removeEventListener("online", refreshStatus);
      window.removeEventListener("offline", refreshStatus);
      listeners.clear();
      doc.off("update", onUpdate);
      provider.destroy();
      doc.destroy();
    },
  };
}
