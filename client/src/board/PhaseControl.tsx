import { PHASES, setHideOthersWhileWriting, setPhase } from "@troc/shared";
import { useId } from "react";
import { Switch } from "../components/Switch";
import { useT } from "../i18n/i18n";
import { useBoard } from "../store/BoardStoreContext";
import { selectHideOthers, selectPhase } from "../store/selectors";
import { useDoc } from "./DocContext";

/** The facilitator's phase switcher and the silent-writing switch, live from the document. */
export function PhaseControl() {
  const t = useT();
  const id = useId();
  const doc = useDoc();
  const phase = useBoard(selectPhase);
  const hideOthers = useBoard(selectHideOthers);
  const ready = phase !== null;
  return (
    <section className="facilitation-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="facilitation-card__title">
        {t("board.phaseHeading")}
      </h2>
      <fieldset className="segmented" disabled={!ready}>
        <legend className="visually-hidden">{t("board.phaseHeading")}</legend>
        {PHASES.map((option) => (
          <label key={option} className="segmented__option">
            <input
              type="radio"
              name={`${id}-phase`}
              value={option}
              checked={phase === option}
              onChange={() => setPhase(doc, option)}
            />
            <span>{t(`board.phases.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      <Switch
        label={t("board.silentWriting")}
        checked={hideOthers}
        disabled={!ready}
        onChange={(on) => setHideOthersWhileWriting(doc, on)}
      />
    </section>
  );
}
