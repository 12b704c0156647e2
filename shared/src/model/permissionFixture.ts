/**
 * Test support (imported by tests only): a server document and a way to ask checkUpdate about
 * the update one action makes on a client's copy, as the server would receive it. Built the
 * way permissions/checkUpdate.test.ts builds its workshop.
 */
import * as Y from "yjs";
import type { Actor, Refusal } from "../permissions/actor";
import { checkUpdate } from "../permissions/checkUpdate";
import { createFamily } from "./families";
import { initWorkshop, setPhase } from "./meta";
import { addNote } from "./notes";

export const FACILITATOR: Actor = { role: "facilitator" };
export const ALICE: Actor = { role: "participant", participantId: "p-alice" };

const note = (authorId: string, text: string) => ({
  text,
  color: "yellow" as const,
  authorId,
  authorName: authorId,
});

/** Two families, two notes of Alice's and one of Bob's, in phase sorting. */
export function sortingWorkshop() {
  const server = new Y.Doc();
  initWorkshop(server, { title: "Atelier" });
  setPhase(server, "sorting");
  const money = createFamily(server, { name: "Financements", color: "amber" }, { now: 1 });
  const talk = createFamily(server, { name: "Négociation", color: "rose" }, { now: 2 });
  const alice1 = addNote(server, note("p-alice", "chercher des subventions"), { now: 3 });
  const alice2 = addNote(server, note("p-alice", "chercher une subvention"), { now: 4 });
  const bob = addNote(server, note("p-bob", "négocier un contrat"), { now: 5 });

  /** The update `change` makes on a fresh client copy; throws if it makes none. */
  const updateOf = (change: (doc: Y.Doc) => void): Uint8Array => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    const updates: Uint8Array[] = [];
    doc.on("update", (u: Uint8Array) => updates.push(u));
    change(doc);
    if (updates.length === 0) throw new Error("the action changed nothing");
    return Y.mergeUpdates(updates);
  };

  /** What the server says to that update from Alice and from the facilitator. */
  const verdicts = (
    change: (doc: Y.Doc) => void,
  ): { participant: Refusal | null; facilitator: Refusal | null } => {
    const update = updateOf(change);
    return {
      participant: checkUpdate(server, update, ALICE),
      facilitator: checkUpdate(server, update, FACILITATOR),
    };
  };

  return { server, money, talk, alice1, alice2, bob, updateOf, verdicts };
}

/** Counts the updates a document emits, i.e. the transactions that changed something. */
export function countUpdates(doc: Y.Doc): () => number {
  let count = 0;
  doc.on("update", () => {
    count += 1;
  });
  return () => count;
}
