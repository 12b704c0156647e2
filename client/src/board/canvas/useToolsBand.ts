import type { RefObject } from "react";
import { useEffect, useState } from "react";

/** The band a one-line toolbar takes at the canvas's top, until the toolbar is measured. */
export const ONE_LINE_TOOLS_BAND = 64;

/**
 * How far down the canvas its floating tools reach, in CSS pixels: the band « Tout voir » and
 * the views that bring something into sight leave free. On a phone's narrow canvas the tools
 * take two lines, and a fixed band let them cover the top of the board.
 */
export function useToolsBand(tools: RefObject<HTMLElement | null>): number {
  const [band, setBand] = useState(ONE_LINE_TOOLS_BAND);
  useEffect(() => {
    const node = tools.current;
    if (!node || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      const height = entry?.borderBoxSize?.[0]?.blockSize;
      // Browsers without border-box sizes keep the one-line band.
      if (height === undefined || height <= 0) return;
      setBand(Math.ceil(node.offsetTop + height));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [tools]);
  return band;
}
