import type { WorkshopConnection } from "../sync/connection";
import type { BoardStore } from "./boardStore";

/** Mirrors the connection's status and final error into the store; returns the unbinder. */
export function bindConnectionState(connection: WorkshopConnection, store: BoardStore): () => void {
  store.setState({ connection: connection.getState() });
  return connection.subscribeState((state) => store.setState({ connection: state }));
}
