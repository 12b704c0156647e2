import { t, useT } from "../i18n/i18n";
import { useBoard } from "../store/BoardStoreContext";
import type { ConnectionState } from "../sync/connection";
import { isConnected } from "../sync/connection";

function describe(connection: ConnectionState): { label: string; tone: "ok" | "busy" | "off" } {
  if (isConnected(connection)) {
    return { label: t("connection.connected"), tone: "ok" };
  }
  if (connection.error === null && connection.status === "connecting") {
    const label = connection.wasConnected
      ? t("connection.reconnecting")
      : t("connection.connecting");
    return { label, tone: "busy" };
  }
  return { label: t("connection.offline"), tone: "off" };
}

/** "connecté / reconnexion… / hors ligne", announced politely to screen readers. */
export function ConnectionIndicator() {
  useT();
  const connection = useBoard((state) => state.connection);
  const { label, tone } = describe(connection);
  return (
    <output className={`connection connection--${tone}`} aria-live="polite">
      <span className="connection__dot" aria-hidden="true" />
      {label}
    </output>
  );
}
