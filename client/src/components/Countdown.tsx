import { readTimer } from "@troc/shared";
import { useEffect, useState } from "react";
import { useT } from "../i18n/i18n";
import { useBoard } from "../store/BoardStoreContext";
import { selectShows, selectTimerDurationMs, selectTimerEndsAt } from "../store/selectors";
import "../participant/countdown.css";

/** Under this many seconds the countdown turns to its "hurry" colour. */
const ENDING_SECONDS = 30;

/**
 * The time of day to show the countdown at, re-rendering on each whole second it crosses.
 * Ticks are aligned to the end, not to when the page opened, so every device flips its
 * seconds together (to within their clocks' difference).
 */
function useSecondTicks(endsAt: number | null, durationMs: number | null): number {
  const [, setTick] = useState(0);
  const now = Date.now();
  // No dependency list: every render (a tick, a new end) schedules the next tick afresh.
  useEffect(() => {
    if (endsAt === null) return;
    const left = readTimer(
      { timerEndsAt: endsAt, timerDurationMs: durationMs ?? undefined },
      Date.now(),
    );
    if (left === null || left <= 0) return;
    const id = setTimeout(() => setTick((n) => n + 1), left % 1000 || 1000);
    return () => clearTimeout(id);
  });
  return now;
}

const twoDigits = (n: number): string => String(n).padStart(2, "0");

/**
 * The facilitator's countdown, live from the document: mm:ss, then "Temps écoulé". Renders
 * nothing while no countdown runs. `size` picks the projector or the phone scale.
 */
export function Countdown({ size = "phone" }: { size?: "board" | "phone" }) {
  const t = useT();
  const endsAt = useBoard(selectTimerEndsAt);
  const durationMs = useBoard(selectTimerDurationMs);
  // A countdown left in a document closed before closing ended it (older boards) is over too.
  const closed = !useBoard((state) => selectShows(state).countdown);
  const now = useSecondTicks(endsAt, durationMs);
  if (endsAt === null || closed) return null;
  const left =
    readTimer({ timerEndsAt: endsAt, timerDurationMs: durationMs ?? undefined }, now) ?? 0;
  const seconds = Math.ceil(left / 1000);
  const done = seconds <= 0;
  const minutes = Math.floor(seconds / 60);
  const tone = done ? " countdown--done" : seconds <= ENDING_SECONDS ? " countdown--ending" : "";
  return (
    <div className={`countdown countdown--${size}${tone}`}>
      {/* A timer is not read out on each change (implicit aria-live off); its name says it whole. */}
      <span
        role="timer"
        className="countdown__time"
        aria-label={
          done ? t("timer.done") : t("timer.remaining", { minutes, seconds: seconds % 60 })
        }
      >
        {done ? t("timer.done") : `${twoDigits(minutes)}:${twoDigits(seconds % 60)}`}
      </span>
      {/* Told once, when the time runs out. */}
      <span className="visually-hidden" role="status">
        {done ? t("timer.done") : ""}
      </span>
    </div>
  );
}
