import { useBoard } from "../store/BoardStoreContext";
import { strings } from "../strings";
import type { ConnectionState } from "../sync/connection";

function describe(connection: ConnectionState): { label: string; tone: "ok" | "busy" | "off" } {
  if (connection.error === null && connection.status === "connected") {
    return { label: strings.connection.connected, tone: "ok" };
  }
  if (connection.error === null && connection.status === "connecting") {
    const label = connection.wasConnected
      ? strings.connection.reconnecting
      : strings.connection.connecting;
    return { label, tone: "busy" };
  }
  return { label: strings.connection.offline, tone: "off" };
}

/** "connecté / reconnexion… / hors ligne", announced politely to screen readers. */
export function ConnectionIndicator() {
  const connection = useBoard((state) => state.connection);
  const { label, tone } = describe(connection);
  return (
    <output className={`connection connection--${tone}`} aria-live="polite">
      <span className="connection__dot" aria-hidden="true" />
      {label}
    </output>
  );
}
