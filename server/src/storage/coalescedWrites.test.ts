import { describe, expect, it } from "vitest";
import { coalesceWrites } from "./coalescedWrites";
import type { PendingUpdate, Storage } from "./storage";

function recordingStorage(fail = false) {
  const commits: PendingUpdate[][] = [];
  let seq = 0;
  const storage = {
    appendUpdates: async (updates: readonly PendingUpdate[]) => {
      if (fail) throw new Error("disk full");
      commits.push([...updates]);
      return updates.map(() => ++seq);
    },
  } as unknown as Storage;
  return { storage, commits };
}

const update = (workshopId: string): PendingUpdate => ({ workshopId, update: new Uint8Array([1]) });

describe("coalesceWrites", () => {
  it("commits the appends of one event-loop turn together, in order", async () => {
    const { storage, commits } = recordingStorage();
    const coalesced = coalesceWrites(storage);
    const seqs = await Promise.all([
      coalesced.appendUpdates([update("a")]),
      coalesced.appendUpdates([update("b"), update("c")]),
    ]);
    expect(await coalesced.appendUpdates([update("d")])).toEqual([4]);
    expect(commits.map((c) => c.map((u) => u.workshopId))).toEqual([["a", "b", "c"], ["d"]]);
    // Each caller gets the sequence numbers of its own updates.
    expect(seqs).toEqual([[1], [2, 3]]);
  });

  it("rejects every caller of a failed commit", async () => {
    const coalesced = coalesceWrites(recordingStorage(true).storage);
    const results = await Promise.allSettled([
      coalesced.appendUpdates([update("a")]),
      coalesced.appendUpdates([update("b")]),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
  });
});
