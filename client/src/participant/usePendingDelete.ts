import { useCallback, useEffect, useRef, useState } from "react";

/** How long "Post-it supprimé · Annuler" stays before the note is really deleted. */
export const UNDO_DELAY_MS = 6000;

export interface PendingDelete {
  /** The note hidden while its deletion may still be undone, or null. */
  pendingId: string | null;
  /** Hides the note now; `commit` deletes it when the delay ends or another delete comes. */
  remove(noteId: string): void;
  /** Brings the hidden note back; nothing was written to the document. */
  undo(): void;
}

/**
 * A deletion that waits before it reaches the document, so that undoing it changes nothing
 * (re-creating a note instead would lose its family, and the server refuses a participant's
 * note with a family). A deletion still pending when the list unmounts is carried out.
 */
export function usePendingDelete(
  commit: (noteId: string) => void,
  delayMs: number = UNDO_DELAY_MS,
): PendingDelete {
  const [pendingId, setPendingId] = useState<string | null>(null);
  const pending = useRef<{ noteId: string; timer: ReturnType<typeof setTimeout> } | null>(null);
  const commitRef = useRef(commit);
  commitRef.current = commit;

  const flush = useCallback(() => {
    const current = pending.current;
    if (!current) return;
    pending.current = null;
    clearTimeout(current.timer);
    commitRef.current(current.noteId);
  }, []);

  const remove = useCallback(
    (noteId: string) => {
      flush();
      const timer = setTimeout(() => {
        flush();
        setPendingId(null);
      }, delayMs);
      pending.current = { noteId, timer };
      setPendingId(noteId);
    },
    [delayMs, flush],
  );

  const undo = useCallback(() => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    setPendingId(null);
  }, []);

  useEffect(() => flush, [flush]);

  return { pendingId, remove, undo };
}
