import type { PointerEvent, RefObject } from "react";
import { useRef, useState } from "react";
import type { SelectionStore } from "./selection";
import { onBackground } from "./useViewport";
import type { Rect } from "./viewport";
import { intersects, rectFromPoints } from "./viewport";

/**
 * A mouse drag on the canvas's background draws a rectangle; the notes it touches become the
 * selection (added to it with Shift). A click on the background without a drag clears it.
 */
export function useRubberBand(element: RefObject<HTMLElement | null>, selection: SelectionStore) {
  const origin = useRef<{ x: number; y: number } | null>(null);
  const [rect, setRect] = useState<Rect | null>(null);

  const local = (event: PointerEvent) => {
    const box = element.current?.getBoundingClientRect();
    return { x: event.clientX - (box?.left ?? 0), y: event.clientY - (box?.top ?? 0) };
  };

  return {
    /** Rectangle in the canvas element's pixels, while drawing. */
    rect,
    start(event: PointerEvent<HTMLElement>) {
      if (event.pointerType !== "mouse" || event.button !== 0) return;
      if (!onBackground(event.target)) return;
      origin.current = local(event);
      event.currentTarget.setPointerCapture?.(event.pointerId);
    },
    move(event: PointerEvent) {
      const from = origin.current;
      if (!from) return;
      const to = local(event);
      setRect(rectFromPoints(from.x, from.y, to.x, to.y));
    },
    end(event: PointerEvent) {
      const from = origin.current;
      origin.current = null;
      if (!from) return;
      setRect(null);
      const to = local(event);
      const band = rectFromPoints(from.x, from.y, to.x, to.y);
      if (band.width < 4 && band.height < 4) {
        selection.clear();
        return;
      }
      const box = element.current?.getBoundingClientRect();
      if (!box || !element.current) return;
      const screenBand = { ...band, x: band.x + box.left, y: band.y + box.top };
      const hit: string[] = [];
      for (const note of element.current.querySelectorAll<HTMLElement>("[data-note-id]")) {
        const r = note.getBoundingClientRect();
        if (intersects(screenBand, { x: r.left, y: r.top, width: r.width, height: r.height })) {
          hit.push(note.dataset.noteId ?? "");
        }
      }
      selection.selectMany(hit.filter(Boolean), event.shiftKey);
    },
  };
}
