import { setSpotlight } from "@troc/shared";
import { useT } from "../i18n/i18n";
import { useBoard } from "../store/BoardStoreContext";
import { selectSpotlightLabel } from "../store/selectors";
import { useDoc } from "./DocContext";

/** « Montrer aux téléphones » for a family or a note; pressed while it is the one shown. */
export function SpotlightButton({ id, onDone }: { id: string; onDone?(): void }) {
  const t = useT();
  const doc = useDoc();
  const shown = useBoard((state) => state.meta?.spotlight === id);
  return (
    <button
      type="button"
      className="button button--small"
      aria-pressed={shown}
      onClick={() => {
        setSpotlight(doc, shown ? null : id);
        onDone?.();
      }}
    >
      {shown ? t("spotlight.stop") : t("spotlight.show")}
    </button>
  );
}

/** In the board's header while something is shown to the phones: what, and a way to stop. */
export function SpotlightStatus() {
  const t = useT();
  const doc = useDoc();
  const label = useBoard(selectSpotlightLabel);
  if (label === null) return null;
  return (
    <p className="spotlight-status">
      <span className="spotlight-status__label">{t("spotlight.showing", { label })}</span>
      <button
        type="button"
        className="button button--small"
        onClick={() => setSpotlight(doc, null)}
      >
        {t("spotlight.stop")}
      </button>
    </p>
  );
}
