import { setSpotlight, spotlightTarget } from "@troc/shared";
import { useT } from "../i18n/i18n";
import { useBoard } from "../store/BoardStoreContext";
import type { BoardState } from "../store/boardStore";
import { useDoc } from "./DocContext";

const selectSpotlight = (state: BoardState): string | null => state.meta?.spotlight ?? null;

/** The name of what the spotlight shows: the family's name, or the note's text. */
const selectSpotlightLabel = (state: BoardState): string | null => {
  const target = spotlightTarget(selectSpotlight(state), state.families, state.notes);
  if (target === null) return null;
  return target.kind === "family"
    ? (state.families.find((family) => family.id === target.familyId)?.name ?? null)
    : (state.notes[target.noteId]?.text ?? null);
};

/** « Montrer aux téléphones » for a family or a note; pressed while it is the one shown. */
export function SpotlightButton({ id, onDone }: { id: string; onDone?(): void }) {
  const t = useT();
  const doc = useDoc();
  const shown = useBoard((state) => selectSpotlight(state) === id);
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
