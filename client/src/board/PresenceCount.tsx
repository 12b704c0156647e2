import { useT } from "../i18n/i18n";
import { useAwareness } from "../sync/AwarenessContext";
import { usePresence } from "../sync/usePresence";
import "./facilitation.css";

/** "12 participants connectés" (and the other boards open), live from awareness. */
export function PresenceCount() {
  const t = useT();
  const { participants, facilitators } = usePresence(useAwareness());
  return (
    <p className="presence-count">
      <span className="presence-count__dot" aria-hidden="true" />
      <span>
        {t("presence.participants", { count: participants })}
        {facilitators.length > 0
          ? ` ${t("presence.facilitators", { count: facilitators.length })}`
          : null}
      </span>
    </p>
  );
}
