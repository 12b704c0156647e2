import type { StoredVector } from "@troc/shared";
import { mergeStoredVector } from "@troc/shared";

/** What the server has confirmed as stored, and who wants to hear when that grows. */
export interface StoredTracker {
  /** The current vector; grows only, never shrinks. Read it, do not change it. */
  readonly vector: StoredVector;
  /** Raises the vector; listeners are told only if something grew. */
  merge(more: ReadonlyMap<number, number>): void;
  subscribe(listener: () => void): () => void;
}

export function createStoredTracker(): StoredTracker {
  const vector: StoredVector = new Map();
  const listeners = new Set<() => void>();
  return {
    vector,
    merge(more) {
      if (!mergeStoredVector(vector, more)) return;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
