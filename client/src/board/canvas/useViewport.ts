import type { RefObject } from "react";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Viewport } from "./viewport";
import { IDENTITY, panBy, zoomAt } from "./viewport";

/** Is this pointer-down on the canvas's background (not on a note, a family or a control)? */
export const onBackground = (target: EventTarget | null): boolean =>
  target instanceof Element &&
  target.closest("[data-note-id], [data-family-id], button, input, a, summary, .canvas-overlay") ===
    null;

/**
 * Pan and zoom for the canvas element: wheel or two-finger scroll pans, Ctrl/⌘ + wheel and
 * trackpad pinch (which browsers report as Ctrl + wheel) zoom around the pointer, touch drags
 * on the background pan and two fingers pinch, the middle button or Space + drag pan with a mouse.
 * A plain mouse drag on the background is left to the rubber band.
 */
export function useViewport(element: RefObject<HTMLElement | null>) {
  const [view, setView] = useState<Viewport>(IDENTITY);
  const touches = useRef(new Map<number, { x: number; y: number }>());
  const mousePan = useRef<{ x: number; y: number } | null>(null);
  const space = useRef(false);

  useEffect(() => {
    const node = element.current;
    if (!node) return;
    // Not a React handler: React's wheel listeners are passive and could not stop page zoom.
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const box = node.getBoundingClientRect();
      if (event.ctrlKey || event.metaKey) {
        const factor = Math.exp(-event.deltaY * 0.01);
        setView((v) => zoomAt(v, factor, event.clientX - box.left, event.clientY - box.top));
      } else {
        setView((v) => panBy(v, -event.deltaX, -event.deltaY));
      }
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.code === "Space" && !(event.target instanceof HTMLInputElement)) {
        space.current = event.type === "keydown";
      }
    };
    node.addEventListener("wheel", onWheel, { passive: false });
    window.addEventListener("keydown", onKey);
    window.addEventListener("keyup", onKey);
    return () => {
      node.removeEventListener("wheel", onWheel);
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("keyup", onKey);
    };
  }, [element]);

  /** Returns true when it took the pointer (so the rubber band must not start). */
  const pointerDown = useCallback((event: React.PointerEvent<HTMLElement>): boolean => {
    if (!onBackground(event.target)) return false;
    if (event.pointerType === "touch") {
      touches.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    } else if (event.button === 1 || space.current) {
      mousePan.current = { x: event.clientX, y: event.clientY };
    } else {
      return false;
    }
    event.currentTarget.setPointerCapture?.(event.pointerId);
    return true;
  }, []);

  const pointerMove = useCallback((event: React.PointerEvent<HTMLElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const pan = mousePan.current;
    if (pan && event.pointerType !== "touch") {
      setView((v) => panBy(v, event.clientX - pan.x, event.clientY - pan.y));
      mousePan.current = { x: event.clientX, y: event.clientY };
      return;
    }
    const previous = touches.current.get(event.pointerId);
    if (!previous) return;
    const others = [...touches.current].filter(([id]) => id !== event.pointerId);
    const other = others[0]?.[1];
    if (other) {
      // Two fingers: zoom by how much their distance changed, around their midpoint.
      const before = Math.hypot(previous.x - other.x, previous.y - other.y);
      const after = Math.hypot(event.clientX - other.x, event.clientY - other.y);
      const mid = {
        x: (event.clientX + other.x) / 2 - box.left,
        y: (event.clientY + other.y) / 2 - box.top,
      };
      if (before > 0) setView((v) => zoomAt(v, after / before, mid.x, mid.y));
    } else {
      setView((v) => panBy(v, event.clientX - previous.x, event.clientY - previous.y));
    }
    touches.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
  }, []);

  const pointerUp = useCallback((event: React.PointerEvent<HTMLElement>) => {
    touches.current.delete(event.pointerId);
    if (event.pointerType !== "touch") mousePan.current = null;
  }, []);

  return { view, setView, pointerDown, pointerMove, pointerUp };
}
