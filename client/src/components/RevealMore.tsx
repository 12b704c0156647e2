import { startTransition, useCallback, useEffect, useRef, useState } from "react";

/** About a phone screen of notes: each step is drawn between frames of a scroll (see below). */
export const REVEAL_STEP = 12;
/** Lists up to this long are drawn whole: a phone draws them at once, and finds in them. */
export const DRAWN_WHOLE = 150;

/**
 * How many items of a `total`-long list to draw: all of a usual workshop's; of a longer list,
 * `REVEAL_STEP` at first and as many more each time the reader nears the end. A phone
 * showing a 2,000-note board draws a few screens, not 2,000 notes.
 */
export function useRevealed(total: number, atLeast = 0): [shown: number, more: () => void] {
  const [count, setCount] = useState(REVEAL_STEP);
  // A transition: React draws the next notes in slices between frames, so scrolling goes on.
  const more = useCallback(() => startTransition(() => setCount((n) => n + REVEAL_STEP)), []);
  return [total <= DRAWN_WHOLE ? total : Math.min(Math.max(count, atLeast), total), more];
}

/**
 * Goes after the drawn part of a long list: asks for more as it comes within a screen of
 * the viewport, and is a button for whoever gets there by keyboard or screen reader.
 */
export function RevealMore({
  shown,
  onReveal,
  label,
}: {
  /** How many are drawn: watching starts again after each reveal, in case the end is still near. */
  shown: number;
  onReveal(): void;
  label: string;
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
    const observer = new IntersectionObserver(reveal, { rootMargin: "100% 0px" });
    observer.observe(node);
    return () => observer.disconnect();
  }, [reveal, shown]);
  return (
    <button ref={ref} type="button" className="button reveal-more" onClick={onReveal}>
      {label}
    </button>
  );
}
