import { extendTimer, startTimer, stopTimer } from "@troc/shared";
import { useId } from "react";
import { useT } from "../i18n/i18n";
import { useBoard } from "../store/BoardStoreContext";
import { selectLoaded, selectTimerEndsAt } from "../store/selectors";
import { useDoc } from "./DocContext";
import "./facilitation.css";

/** The lengths a facilitator most often gives a round of writing, in minutes. */
export const TIMER_PRESETS = [3, 5, 10] as const;

/** The facilitator's countdown buttons: start 3, 5 or 10 minutes (restarting), +1 min, stop. */
export function TimerControl() {
  const t = useT();
  const id = useId();
  const doc = useDoc();
  const ready = useBoard(selectLoaded);
  const running = useBoard(selectTimerEndsAt) !== null;
  return (
    <section className="facilitation-card timer-control" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="facilitation-card__title">
        {t("timer.heading")}
      </h2>
      <div className="timer-control__buttons">
        {TIMER_PRESETS.map((minutes) => (
          <button
            key={minutes}
            type="button"
            className="button button--small"
            disabled={!ready}
            aria-label={t("timer.presetLabel", { minutes })}
            onClick={() => startTimer(doc, minutes * 60_000)}
          >
            {t("timer.preset", { minutes })}
          </button>
        ))}
        <button
          type="button"
          className="button button--small"
          disabled={!running}
          aria-label={t("timer.extendLabel")}
          onClick={() => extendTimer(doc, 60_000)}
        >
          {t("timer.extend")}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={!running}
          aria-label={t("timer.stopLabel")}
          onClick={() => stopTimer(doc)}
        >
          {t("timer.stop")}
        </button>
      </div>
    </section>
  );
}
