import type { BoardChange, NoteRecord, StoredVector } from "@troc/shared";
import {
  isNoteStored,
  observeBoard,
  readFamilies,
  readMeta,
  readNote,
  readNotes,
} from "@troc/shared";
import type * as Y from "yjs";
import type { BoardStore } from "./boardStore";

/** Where the binding reads what the server has stored, and hears when that grows. */
export interface StoredSource {
  readonly vector: StoredVector;
  subscribe(listener: () => void): () => void;
}

/** Runs `flush` soon; returns what cancels it. */
export type Scheduler = (flush: () => void) => () => void;

/** How long remote changes wait at most when the page draws no frames (a hidden tab). */
const FRAME_FALLBACK_MS = 100;

/** Before the page's next frame, or after FRAME_FALLBACK_MS if no frame comes. */
export const beforeNextFrame: Scheduler = (flush) => {
  const timer = setTimeout(flush, FRAME_FALLBACK_MS);
  const frame = typeof requestAnimationFrame === "function" ? requestAnimationFrame(flush) : null;
  return () => {
    clearTimeout(timer);
    if (frame !== null) cancelAnimationFrame(frame);
  };
};

/** Merges two changes of the board: reading the document again gives the latest of both. */
function merge(a: BoardChange, b: BoardChange): BoardChange {
  return {
    notes: new Set([...a.notes, ...b.notes]),
    families: a.families || b.families,
    meta: a.meta || b.meta,
    local: a.local && b.local,
  };
}

/**
 * The one place the document flows into the store. Reads everything once, then per
 * transaction re-reads only the notes it touched, so a change to one note out of 2,000 gives
 * one new note object and leaves the others (and their memoised views) alone.
 * Local transactions are read too: the store never writes to the document, so there is no
 * echo to skip, and the document stays the only source of truth for what is shown.
 *
 * Changes from elsewhere (the server, the offline copy) reach the store once per frame: each
 * store update costs a pass over the board's notes (its groups, stacks, counts), and while a
 * plenary writes, several of them arrive between two frames; the page's own changes go at once
 * (a drop shows where it landed in the same frame). `schedule` is for tests.
 * Returns the function that unbinds.
 */
export function bindDocToStore(
  doc: Y.Doc,
  store: BoardStore,
  stored: StoredSource,
  schedule: Scheduler = beforeNextFrame,
): () => void {
  // Notes not yet stored: the only ones a growing stored vector can flip. A stored note
  // becomes unstored only through a change to it, which the board observer sees.
  const waiting = new Set<string>();

  const storedFlag = (noteId: string): boolean => {
    const flag = isNoteStored(doc, noteId, stored.vector);
    if (flag) waiting.delete(noteId);
    else waiting.add(noteId);
    return flag;
  };

  const readAll = (): void => {
    const notes: Record<string, NoteRecord> = {};
    const flags: Record<string, boolean> = {};
    waiting.clear();
    for (const note of readNotes(doc)) {
      notes[note.id] = note;
      flags[note.id] = storedFlag(note.id);
    }
    store.setState({ meta: readMeta(doc), families: readFamilies(doc), notes, stored: flags });
  };

  const applyChange = (change: BoardChange): void => {
    const state = store.getState();
    const patch: Partial<typeof state> = {};
    if (change.meta) patch.meta = readMeta(doc);
    if (change.families) patch.families = readFamilies(doc);
    if (change.notes.size > 0) {
      const notes = { ...state.notes };
      const flags = { ...state.stored };
      for (const id of change.notes) {
        const note = readNote(doc, id);
        if (note) {
          notes[id] = note;
          flags[id] = storedFlag(id);
        } else {
          delete notes[id];
          delete flags[id];
          waiting.delete(id);
        }
      }
      patch.notes = notes;
      patch.stored = flags;
    }
    store.setState(patch);
  };

  const refreshStored = (): void => {
    const flipped: string[] = [];
    for (const id of [...waiting]) if (storedFlag(id)) flipped.push(id);
    if (flipped.length === 0) return;
    const flags = { ...store.getState().stored };
    for (const id of flipped) flags[id] = true;
    store.setState({ stored: flags });
  };

  let pending: BoardChange | null = null;
  let scheduled = false;
  let cancel: (() => void) | null = null;
  const flush = (): void => {
    scheduled = false;
    cancel?.();
    cancel = null;
    const change = pending;
    pending = null;
    if (change) applyChange(change);
  };
  const onChange = (change: BoardChange): void => {
    pending = pending ? merge(pending, change) : change;
    if (change.local) {
      flush();
      return;
    }
    if (scheduled) return;
    scheduled = true;
    const cancelScheduled = schedule(flush);
    // A scheduler may flush at once (tests): nothing is left to cancel then.
    if (scheduled) cancel = cancelScheduled;
  };

  readAll();
  const stopObserving = observeBoard(doc, onChange);
  const stopStored = stored.subscribe(refreshStored);
  return () => {
    stopObserving();
    stopStored();
    cancel?.();
  };
}
