import type { Awareness } from "y-protocols/awareness";
import type { CanvasPoint } from "./presence";
import { publishPointer } from "./presence";

/** A throttled function: `flush` runs the pending call now, `cancel` drops it. */
export interface Throttled<A extends unknown[]> {
  (...args: A): void;
  flush(): void;
  cancel(): void;
}

/**
 * Calls `fn` at most once per `waitMs`: the first call at once, then the latest arguments at
 * the end of each window, so the last position always arrives.
 */
export function throttle<A extends unknown[]>(
  fn: (...args: A) => void,
  waitMs: number,
): Throttled<A> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: A | null = null;
  const open = (): void => {
    timer = setTimeout(() => {
      timer = null;
      if (pending === null) return;
      const args = pending;
      pending = null;
      fn(...args);
      open();
    }, waitMs);
  };
  const throttled = (...args: A): void => {
    if (timer === null) {
      fn(...args);
      open();
    } else {
      pending = args;
    }
  };
  throttled.flush = (): void => {
    if (pending === null) return;
    const args = pending;
    pending = null;
    fn(...args);
  };
  throttled.cancel = (): void => {
    pending = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return throttled;
}

/**
 * Every awareness change is relayed to every socket of the room, phones included: 10 pointer
 * messages a second per board is smooth enough for a cursor and light on a 2,000-phone room.
 */
export const POINTER_INTERVAL_MS = 100;

/**
 * `publishPointer` for pointermove handlers: throttled, except that leaving the canvas (null)
 * is sent at once and is never overtaken by a position still waiting.
 */
export function createPointerPublisher(
  awareness: Awareness,
  waitMs: number = POINTER_INTERVAL_MS,
): Throttled<[CanvasPoint | null]> {
  const throttled = throttle(
    (point: CanvasPoint | null) => publishPointer(awareness, point),
    waitMs,
  );
  const publish = (point: CanvasPoint | null): void => {
    if (point === null) {
      throttled.cancel();
      publishPointer(awareness, null);
    } else {
      throttled(point);
    }
  };
  return Object.assign(publish, { flush: throttled.flush, cancel: throttled.cancel });
}
