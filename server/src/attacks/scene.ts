import { addNote, addPart, readNotes } from "@troc/shared";
import type * as Y from "yjs";
import type { RunningServer } from "../test/harness";
import { connect, createWorkshop, registerParticipant, waitFor } from "../test/harness";
import { rawClient } from "../test/rawClient";

type Client = ReturnType<typeof connect>;

/**
 * Test support for the attack suites: a workshop with a board, Bob (an honest phone with a
 * note and a part) and Alice (an honest phone with a note), and raw sockets on Alice's token
 * for whatever she crafts.
 */
export async function scene(running: RunningServer, options: { silent?: boolean } = {}) {
  const w = await createWorkshop(running.base, { title: "Atelier attaqué" });
  const board = connect(running.wsBase, w.workshopId, w.facilitatorKey);
  await waitFor(() => board.provider.synced, 5000, "board synced");
  if (options.silent) board.doc.getMap("meta").set("hideOthersWhileWriting", true);
  const aliceId = await registerParticipant(running.base, w.workshopId, "Alice");
  const bobId = await registerParticipant(running.base, w.workshopId, "Bob");
  const bob = connect(running.wsBase, w.workshopId, bobId.participantToken);
  const alice = connect(running.wsBase, w.workshopId, aliceId.participantToken);
  await waitFor(() => bob.provider.synced && alice.provider.synced, 5000, "phones synced");
  const bobNote = addNote(bob.doc, {
    text: "secret de Bob",
    color: "blue",
    authorId: bobId.participantId,
    authorName: "Bob",
  });
  addPart(bob.doc, bobNote, { type: "savoir", text: "savoir de Bob" });
  const aliceNote = addNote(alice.doc, {
    text: "note d'Alice",
    color: "pink",
    authorId: aliceId.participantId,
    authorName: "Alice",
  });
  await waitFor(() => readNotes(board.doc).length === 2, 5000, "board sees both notes");
  await waitFor(
    () => bob.allStored() && alice.allStored() && board.allStored(),
    5000,
    "everything stored",
  );
  return {
    w,
    board,
    bob,
    alice,
    aliceId,
    bobId,
    bobNote,
    aliceNote,
    /** A raw socket on Alice's token, synced with what the server sends her. */
    async attacker() {
      const raw = await rawClient(running.wsBase, w.workshopId, aliceId.participantToken);
      await raw.synced;
      return raw;
    },
    /** What no participant update may change: workshop, families, Bob's note, authorship. */
    protectedView(doc: Y.Doc = board.doc): string {
      const notes = readNotes(doc);
      return JSON.stringify({
        meta: doc.getMap("meta").toJSON(),
        families: doc.getMap("families").toJSON(),
        bob: notes.filter((n) => n.id === bobNote),
        authors: notes.map((n) => [n.id, n.authorId, n.authorName]),
      });
    },
    stop(): void {
      for (const client of [board, bob, alice] as Client[]) client.provider.destroy();
    },
  };
}

/** A fresh board's copy of the document, as the server holds it now. */
export async function freshBoardDoc(
  running: RunningServer,
  workshopId: string,
  key: string,
): Promise<Y.Doc> {
  const board = connect(running.wsBase, workshopId, key);
  await waitFor(() => board.provider.synced, 5000, "fresh board synced");
  board.provider.destroy();
  return board.doc;
}
