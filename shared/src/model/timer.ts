import * as Y from "yjs";
import { TrocInputError } from "../errors";
import { META_KEYS } from "../schema/meta";
import { metaMap } from "../schema/roots";
import { readMeta } from "./meta";

/** Shortest countdown: anything shorter is a slip of the finger. */
export const TIMER_MIN_MS = 1_000;
/** Longest countdown: longer than any stretch of a workshop, short enough to catch typos. */
export const TIMER_MAX_MS = 4 * 60 * 60 * 1_000;

/** The meta fields a countdown lives in (a `WorkshopMeta` has them). */
export interface TimerFields {
  timerEndsAt?: number | null | undefined;
  timerDurationMs?: number | undefined;
}

/**
 * Starts (or restarts) the workshop's countdown for `durationMs` from `now` (facilitator only,
 * checked by the server). Its end is stored rather than its start so every device counts down
 * to the same moment without further messages.
 */
export function startTimer(doc: Y.Doc, durationMs: number, now: number = Date.now()): void {
  if (
    !Number.isInteger(durationMs) ||
    durationMs < TIMER_MIN_MS ||
    durationMs > TIMER_MAX_MS ||
    !Number.isFinite(now)
  ) {
    throw new TrocInputError(
      "timerDurationMs",
      `a countdown lasts ${TIMER_MIN_MS} to ${TIMER_MAX_MS} ms`,
    );
  }
  const meta = metaMap(doc);
  doc.transact(() => {
    meta.set(META_KEYS.timerEndsAt, now + durationMs);
    meta.set(META_KEYS.timerDurationMs, durationMs);
  });
}

/**
 * Gives a running countdown `extraMs` more ("+1 min"), counted from `now` if it has already
 * run out; does nothing when none runs. Its duration grows with it, so readers' cap (never
 * more than the duration) lets the extra time show; both stay within TIMER_MAX_MS.
 */
export function extendTimer(doc: Y.Doc, extraMs: number, now: number = Date.now()): void {
  if (!Number.isInteger(extraMs) || extraMs < TIMER_MIN_MS || !Number.isFinite(now)) {
    throw new TrocInputError("timerDurationMs", `a countdown grows by at least ${TIMER_MIN_MS} ms`);
  }
  const meta = metaMap(doc);
  const endsAt = meta.get(META_KEYS.timerEndsAt);
  if (typeof endsAt !== "number" || !Number.isFinite(endsAt)) return;
  const duration = meta.get(META_KEYS.timerDurationMs);
  const startedAt = typeof duration === "number" ? endsAt - duration : Math.min(endsAt, now);
  const nextEnd = Math.min(Math.max(endsAt, now) + extraMs, startedAt + TIMER_MAX_MS);
  if (nextEnd <= endsAt) return;
  doc.transact(() => {
    meta.set(META_KEYS.timerEndsAt, nextEnd);
    meta.set(META_KEYS.timerDurationMs, nextEnd - startedAt);
  });
}

/** Removes the countdown: no device shows one any more. */
export function stopTimer(doc: Y.Doc): void {
  const meta = metaMap(doc);
  doc.transact(() => {
    meta.delete(META_KEYS.timerEndsAt);
    meta.delete(META_KEYS.timerDurationMs);
  });
}

/**
 * Milliseconds left on the countdown at `now` (0 once it has run out), or null when none
 * runs. Never more than the duration given: a device whose clock lags the facilitator's
 * would otherwise count down from more than was set.
 */
export function readTimer(source: Y.Doc | TimerFields | null, now: number): number | null {
  const fields = source instanceof Y.Doc ? readMeta(source) : source;
  const endsAt = fields?.timerEndsAt;
  if (typeof endsAt !== "number" || !Number.isFinite(endsAt)) return null;
  const duration = fields?.timerDurationMs;
  const ceiling =
    typeof duration === "number" && duration > 0 ? duration : Number.POSITIVE_INFINITY;
  return Math.min(ceiling, Math.max(0, endsAt - now));
}
