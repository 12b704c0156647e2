import type { RefObject } from "react";
import { useEffect, useState } from "react";

/**
 * What `read` makes of an element's box, kept current by a ResizeObserver (`initial` where there
 * is none, or while `read` gives undefined). `read` is a module's function, never a new one.
 */
export function useObservedBox<T>(
  element: RefObject<HTMLElement | null>,
  read: (entry: ResizeObserverEntry, node: HTMLElement) => T | undefined,
  initial: T,
  same: (a: T, b: T) => boolean = Object.is,
): T {
  const [value, setValue] = useState(initial);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `read` and `same` never change (above)
  useEffect(() => {
    const node = element.current;
    if (!node || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      const next = entry ? read(entry, node) : undefined;
      if (next !== undefined) setValue((current) => (same(current, next) ? current : next));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [element]);
  return value;
}

interface Size {
  width: number;
  height: number;
}

const contentSize = (entry: ResizeObserverEntry): Size => ({
  width: entry.contentRect.width,
  height: entry.contentRect.height,
});
const sameSize = (a: Size, b: Size): boolean => a.width === b.width && a.height === b.height;
const NO_SIZE: Size = { width: 0, height: 0 };

/** An element's size in CSS pixels, kept current by a ResizeObserver (0 × 0 where there is none). */
export function useElementSize(element: RefObject<HTMLElement | null>): Size {
  return useObservedBox(element, contentSize, NO_SIZE, sameSize);
}
