import type { RefObject } from "react";
import { startTransition, useCallback, useEffect, useRef, useState } from "react";

import { drawnAtFirst, REVEAL_STEP } from "./revealSteps";

/**
 * How many items of a `total`-long list to draw: all of a usual workshop's; of a longer list,
 * `REVEAL_STEP` at first and as many more each time the reader nears the end. A phone
 * showing a 2,000-note board draws a few screens, not 2,000 notes.
 */
export function useRevealed(total: number, atLeast = 0): [shown: number, more: () => void] {
  const [count, setCount] = useState(REVEAL_STEP);
  // A transition: React draws the next notes in slices between frames, so scrolling goes on.
  const more = useCallback(() => startTransition(() => setCount((n) => n + REVEAL_STEP)), []);
  return [Math.max(drawnAtFirst(total), Math.min(Math.max(count, atLeast), total)), more];
}

/**
 * Goes after the drawn part of a long list: asks for more as it comes within a screen of
 * the viewport, and is a button for whoever gets there by keyboard or screen reader.
 */
export function RevealMore({
  shown,
  onReveal,
  label,
  scroller,
}: {
  /** How many are drawn: watching starts again after each reveal, in case the end is still near. */
  shown: number;
  onReveal(): void;
  label: string;
  /** The list's own scrolling box, when it is not the page: "a screen" is then one of its. */
  scroller?: RefObject<HTMLElement | null>;
}) {
  const ref = useRef<HTMLButtonElement>(null);
  const reveal = useCallback(
    (entries: IntersectionObserverEntry[]) => {
      if (entries.some((entry) => entry.isIntersecting)) onReveal();
    },
    [onReveal],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: `shown` restarts the watch on purpose
  useEffect(() => {
    const node = ref.current;
    if (!node || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(reveal, {
      root: scroller?.current ?? null,
      rootMargin: "100% 0px",
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [reveal, shown, scroller]);
  return (
    <button ref={ref} type="button" className="button reveal-more" onClick={onReveal}>
      {label}
    </button>
  );
}
