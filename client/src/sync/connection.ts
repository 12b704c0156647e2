import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import type { StoredTracker } from "./storedTracker";

export type ConnectionStatus = "connecting" | "connected" | "disconnected";

/**
 * Why the server closed this connection for good (no reconnection will be tried with it).
 * "refused": it refused a change (4403); the page reloads the document from the server
 * rather than resend the refused update on every reconnect. "deleted": the workshop is gone.
 */
export type ConnectionError = "bad-token" | "unknown-workshop" | "refused" | "deleted";

export interface ConnectionState {
  status: ConnectionStatus;
  /** True once a connection opened: later "connecting" means reconnecting. */
  wasConnected: boolean;
  error: ConnectionError | null;
}

/** Linked to the server now: what the page writes goes out at once. */
export const isConnected = (state: ConnectionState): boolean =>
  state.error === null && state.status === "connected";

/** A workshop's live document and what the page needs to know about its link to the server. */
export interface WorkshopConnection {
  readonly doc: Y.Doc;
  readonly stored: StoredTracker;
  /** Who else is here and what they point at (y-protocols awareness, checked by the server). */
  readonly awareness: Awareness;
  getState(): ConnectionState;
  subscribeState(listener: (state: ConnectionState) => void): () => void;
  /** Forgets this device's offline copy of the document (after the person erased their data). */
  eraseLocalCopy(): Promise<void>;
  destroy(): void;
}

/** Opens a workshop with a facilitator key or a participant token. */
export type ConnectWorkshop = (workshopId: string, token: string) => WorkshopConnection;
