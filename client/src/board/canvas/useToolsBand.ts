import type { RefObject } from "react";
import { useObservedBox } from "./useElementSize";

/** The band a one-line toolbar takes at the canvas's top, until the toolbar is measured. */
const ONE_LINE_TOOLS_BAND = 64;

/** Where the tools' box ends, down from the canvas's top; browsers without border-box sizes keep the one-line band. */
const bottomOf = (entry: ResizeObserverEntry, node: HTMLElement): number | undefined => {
  const height = entry.borderBoxSize?.[0]?.blockSize;
  return height === undefined || height <= 0 ? undefined : Math.ceil(node.offsetTop + height);
};

/**
 * How far down the canvas its floating tools reach, in CSS pixels: the band « Tout voir » and
 * the views that bring something into sight leave free. On a phone's narrow canvas the tools
 * take two lines, and a fixed band let them cover the top of the board.
 */
export function useToolsBand(tools: RefObject<HTMLElement | null>): number {
  return useObservedBox(tools, bottomOf, ONE_LINE_TOOLS_BAND);
}
