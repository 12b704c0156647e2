import type { PendingUpdate, Storage } from "./storage";

/**
 * Wraps a storage so that every `appendUpdates` call made during one turn of the event loop,
 * from any room, is committed in one transaction: durability costs one disk flush per turn,
 * not one per note. Each caller's promise settles with that shared commit.
 */
export function coalesceWrites(storage: Storage): Storage {
  interface Caller {
    /** Where this caller's updates sit in the shared batch. */
    from: number;
    count: number;
    settle(seqs: number[] | null, error?: unknown): void;
  }
  let pending: { updates: PendingUpdate[]; callers: Caller[] } | null = null;

  const commit = async (): Promise<void> => {
    const batch = pending;
    pending = null;
    if (!batch) return;
    try {
      const seqs = await storage.appendUpdates(batch.updates);
      for (const caller of batch.callers) {
        caller.settle(seqs.slice(caller.from, caller.from + caller.count));
      }
    } catch (error) {
      for (const caller of batch.callers) caller.settle(null, error ?? new Error("storage failed"));
    }
  };

  // Storages are plain objects of functions: every other method is the wrapped storage's own.
  return {
    ...storage,
    appendUpdates(updates) {
      if (updates.length === 0) return Promise.resolve([]);
      if (!pending) {
        pending = { updates: [], callers: [] };
        setImmediate(() => void commit());
      }
      const batch = pending;
      const from = batch.updates.length;
      batch.updates.push(...updates);
      return new Promise<number[]>((resolve, reject) =>
        batch.callers.push({
          from,
          count: updates.length,
          settle: (seqs, error) => (seqs === null ? reject(error) : resolve(seqs)),
        }),
      );
    },
  };
}
