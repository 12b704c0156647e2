import type { PointerEvent } from "react";
import { useCallback, useEffect, useMemo } from "react";
import { useAwareness } from "../../sync/AwarenessContext";
import { publishDragging } from "../../sync/presence";
import { createPointerPublisher } from "../../sync/throttle";
import type { Viewport } from "./viewport";
import { toCanvas, toScreen } from "./viewport";

/**
 * What co-facilitators see of this board: its pointer in canvas units (throttled) and the
 * notes it drags; and how to place their pointers on this board's screen.
 */
export function useCanvasPresence(view: Viewport) {
  const awareness = useAwareness();
  const pointer = useMemo(
    () => (awareness ? createPointerPublisher(awareness) : null),
    [awareness],
  );
  useEffect(() => () => pointer?.cancel(), [pointer]);
  return {
    pointerMoved(event: PointerEvent<HTMLElement>) {
      const box = event.currentTarget.getBoundingClientRect();
      pointer?.(toCanvas(view, event.clientX - box.left, event.clientY - box.top));
    },
    pointerLeft: useCallback(() => pointer?.(null), [pointer]),
    showDragging(noteIds: readonly string[]) {
      if (awareness) publishDragging(awareness, noteIds);
    },
    toScreen: useCallback((x: number, y: number) => toScreen(view, x, y), [view]),
  };
}
