import { useDndContext, useDndMonitor } from "@dnd-kit/core";
import type { RefObject } from "react";
import { useEffect, useMemo, useRef } from "react";

/** How close to the canvas's edge the pointer starts panning, and the fastest pan per frame. */
const EDGE = 56;
const MAX_STEP = 14;

/** Where a pointer or touch event happened on screen; null for a keyboard's. */
function clientPoint(event: Event | null): { x: number; y: number } | null {
  if (event && "clientX" in event && typeof event.clientX === "number") {
    return { x: event.clientX, y: (event as MouseEvent).clientY };
  }
  const touch = event && "touches" in event ? (event as TouchEvent).touches[0] : undefined;
  return touch ? { x: touch.clientX, y: touch.clientY } : null;
}

/** Faster the nearer the edge: 0 outside the band, MAX_STEP at the edge itself. */
const step = (distance: number): number =>
  distance >= EDGE ? 0 : Math.ceil(MAX_STEP * (1 - distance / EDGE));

/**
 * While a note or a family is dragged near an edge of the canvas, pans the canvas (never the
 * page, which would slide the families from under the pointer) and re-measures the drop
 * targets so they follow. Renders nothing; lives inside the DndContext.
 */
export function CanvasAutoPan({
  viewportRef,
  panBy,
}: {
  viewportRef: RefObject<HTMLElement | null>;
  panBy(dx: number, dy: number): void;
}) {
  const { measureDroppableContainers } = useDndContext();
  // What the frame loop reads: refreshed at each render, so the loop needs no restart.
  const latest = useRef({ measureDroppableContainers, panBy });
  latest.current = { measureDroppableContainers, panBy };
  const loop = useRef({ pointer: null as { x: number; y: number } | null, frame: 0, panned: 0 });

  const monitor = useMemo(() => {
    const measure = () => latest.current.measureDroppableContainers([]); // [] measures all
    const tick = () => {
      const state = loop.current;
      state.frame = 0;
      const box = viewportRef.current?.getBoundingClientRect();
      const at = state.pointer;
      // Only from inside the canvas: a note picked up in the pool starts outside it.
      if (!at || !box || at.x < box.left || at.x > box.right || at.y < box.top || at.y > box.bottom)
        return;
      const dx = step(at.x - box.left) - step(box.right - at.x);
      const dy = step(at.y - box.top) - step(box.bottom - at.y);
      if (dx === 0 && dy === 0) {
        if (state.panned > 0) measure(); // once more where the pan stopped
        state.panned = 0;
        return;
      }
      latest.current.panBy(dx, dy);
      // Every few frames, not every one: measuring every family forces a layout.
      if (++state.panned % 6 === 0) measure();
      state.frame = requestAnimationFrame(tick);
    };
    const stop = () => {
      cancelAnimationFrame(loop.current.frame);
      loop.current = { pointer: null, frame: 0, panned: 0 };
    };
    return {
      onDragMove({ activatorEvent, delta }: { activatorEvent: Event | null; delta: Point }) {
        const start = clientPoint(activatorEvent);
        const state = loop.current;
        state.pointer = start && { x: start.x + delta.x, y: start.y + delta.y };
        if (state.pointer && state.frame === 0) state.frame = requestAnimationFrame(tick);
      },
      onDragEnd: stop,
      onDragCancel: stop,
      stop,
    };
  }, [viewportRef]);
  useDndMonitor(monitor);
  useEffect(() => monitor.stop, [monitor]);
  return null;
}

interface Point {
  x: number;
  y: number;
}
