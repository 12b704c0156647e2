import type { Dispatch, RefObject, SetStateAction } from "react";
import { useEffect, useRef } from "react";
import { readableAt, TILES_BELOW_SCALE } from "./detail";
import type { Viewport } from "./viewport";
import { showRect } from "./viewport";

/**
 * What is reached by keyboard on the canvas (a note, a family's handle, name or menu) comes into
 * view: panned onto the canvas, and zoomed in to be read when the board was drawn as tiles. The
 * canvas clips what it holds, so the browser cannot scroll to it itself. Focus that follows a
 * pointer (a click, the start of a drag) leaves the view alone.
 */
export function useKeyboardFocusInView(
  canvas: RefObject<HTMLElement | null>,
  view: Viewport,
  setView: Dispatch<SetStateAction<Viewport>>,
  topBand: number,
): void {
  // What the page shows now, which the focused element's box on screen was measured with.
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
    /** The target's box in canvas units, as the page shows it now. */
    const boxOf = (target: Element) => {
      const box = node.getBoundingClientRect();
      const at = target.getBoundingClientRect();
      const v = shown.current;
      const rect = {
        x: (at.left - box.left - v.x) / v.scale,
        y: (at.top - box.top - v.y) / v.scale,
        width: at.width / v.scale,
        height: at.height / v.scale,
      };
      return { rect, width: box.width, height: box.height };
    };
    const show = (target: Element) => {
      const { rect, width, height } = boxOf(target);
      setView((v) => showRect(v, rect, width, height, 24, topBand));
    };
    let frame = 0;
    const onFocus = (event: FocusEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const onPlane = target?.closest(".canvas__plane");
      if (!target || !onPlane || byPointer) return;
      const note = target.closest("[data-note-id]") ?? target;
      if (shown.current.scale >= TILES_BELOW_SCALE) {
        show(note);
        return;
      }
      const { rect, width, height } = boxOf(note);
      setView((v) => readableAt(v, rect, width, height));
      // Drawn in full, its family's rows take their own heights: the note may have moved a
      // little from where its tile was. Shown again once drawn (two frames: render, layout).
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          if (target.isConnected) show(note);
        });
      });
    };
    window.addEventListener("pointerdown", onPointer, true);
    window.addEventListener("keydown", onKey, true);
    node.addEventListener("focusin", onFocus);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("pointerdown", onPointer, true);
      window.removeEventListener("keydown", onKey, true);
      node.removeEventListener("focusin", onFocus);
    };
  }, [canvas, setView, topBand]);
}
