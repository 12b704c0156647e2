import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/**
 * True while the page prints: paper shows every note in full, whatever the zoom on screen.
 * Drawn synchronously in `beforeprint`, the browser lays the page out for paper right after.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return printing;
}
