import type { Dispatch, RefObject, SetStateAction } from "react";
import { useEffect, useRef } from "react";
import { readableAt, TILES_BELOW_SCALE } from "./detail";
import type { Viewport } from "./viewport";
import { showRect } from "./viewport";

/**
 * A note reached by keyboard comes into view: panned onto the canvas, and zoomed in to be read
 * when the board was drawn as tiles. The canvas clips what it holds, so the browser cannot
 * scroll to a focused note itself. Focus that follows a pointer (a click, the start of a
 * drag) leaves the view alone.
 */
export function useKeyboardFocusInView(
  canvas: RefObject<HTMLElement | null>,
  view: Viewport,
  setView: Dispatch<SetStateAction<Viewport>>,
  topBand: number,
): void {
  // What the page shows now, which the focused note's box on screen was measured with.
  const shown = useRef(view);
  shown.current = view;
  useEffect(() => {
    const node = canvas.current;
    if (!node) return;
    let byPointer = false;
    const onPointer = () => {
      byPointer = true;
    };
    const onKey = () => {
      byPointer = false;
    };
    const onFocus = (event: FocusEvent) => {
      const note = event.target instanceof Element ? event.target.closest("[data-note-id]") : null;
      if (!note || byPointer) return;
      const box = node.getBoundingClientRect();
      const at = note.getBoundingClientRect();
      const v = shown.current;
      const rect = {
        x: (at.left - box.left - v.x) / v.scale,
        y: (at.top - box.top - v.y) / v.scale,
        width: at.width / v.scale,
        height: at.height / v.scale,
      };
      setView(
        v.scale < TILES_BELOW_SCALE
          ? readableAt(v, rect, box.width, box.height)
          : showRect(v, rect, box.width, box.height, 24, topBand),
      );
    };
    window.addEventListener("pointerdown", onPointer, true);
    window.addEventListener("keydown", onKey, true);
    node.addEventListener("focusin", onFocus);
    return () => {
      window.removeEventListener("pointerdown", onPointer, true);
      window.removeEventListener("keydown", onKey, true);
      node.removeEventListener("focusin", onFocus);
    };
  }, [canvas, setView, topBand]);
}
