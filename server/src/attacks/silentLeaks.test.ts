// Silent writing, checked on the wire: phone sockets record every byte the server sends them
// through a whole scenario, and no other participant's text or parts may ever be among them
// before the reveal, by any path: sync answers, relays, first updates of a new client, a
// relabelling no-op, a reloaded room, the facilitator's edits inside someone's note.
import { addNote, addPart, editNote, readNotes, setPhase, startTimer } from "@troc/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { craftUpdate } from "../test/craft";
import type { RunningServer } from "../test/harness";
import {
  connect,
  createWorkshop,
  registerParticipant,
  startServer,
  waitFor,
} from "../test/harness";
import type { RawClient } from "../test/rawClient";
import { rawClient } from "../test/rawClient";

let running: RunningServer;
beforeAll(async () => {
  running = await startServer({ ROOM_UNLOAD_GRACE_MS: "50" });
});
afterAll(() => running.stop());

const HIDDEN = ["secret-b1", "secret-b2", "part-b", "secret-f", "part-f"];

describe("silent writing on the wire", () => {
  it("sends no phone another participant's text or parts, by any path, until the reveal", async () => {
    const w = await createWorkshop(running.base, { title: "Atelier muet" });
    const board = connect(running.wsBase, w.workshopId, w.facilitatorKey);
    await waitFor(() => board.provider.synced);
    board.doc.getMap("meta").set("hideOthersWhileWriting", true);
    await waitFor(() => board.allStored(), 5000, "silent writing stored");
    const [alice, bob, carol] = await Promise.all(
      ["Alice", "Bob", "Carol"].map((name) =>
        registerParticipant(running.base, w.workshopId, name),
      ),
    );
    if (!alice || !bob || !carol) throw new Error("registration failed");
    const recorders: RawClient[] = [];
    const record = async (token: string) => {
      const raw = await rawClient(running.wsBase, w.workshopId, token);
      recorders.push(raw);
      await raw.synced;
      return raw;
    };
    await record(carol.participantToken);
    const carolNote = connect(running.wsBase, w.workshopId, carol.participantToken);
    await waitFor(() => carolNote.provider.synced);
    addNote(carolNote.doc, {
      text: "note de Carol",
      color: "green",
      authorId: carol.participantId,
      authorName: "Carol",
    });

    // (b) Bob's very first update, from a Yjs client the server has never seen.
    const bobPhone = connect(running.wsBase, w.workshopId, bob.participantToken);
    await waitFor(() => bobPhone.provider.synced);
    const bobNote = addNote(bobPhone.doc, {
      text: "secret-b1",
      color: "blue",
      authorId: bob.participantId,
      authorName: "Bob",
    });
    await waitFor(() => readNotes(board.doc).length === 2, 5000, "board has Bob's note");

    // (a) A no-op naming Bob's client (a GC at clocks the server has), then a sync: it once
    // relabelled Bob's client as Alice's, so the sync answer included his notes.
    const alicePhone = await record(alice.participantToken);
    const bobClient = bobPhone.doc.clientID;
    alicePhone.sendUpdate(
      craftUpdate([{ client: bobClient, clock: 0, structs: [{ kind: "gc", length: 1 }] }]),
    );
    alicePhone.sendStep1(Y.encodeStateVector(new Y.Doc()));
    await waitFor(() => alicePhone.answers() === 2, 5000, "Alice's second sync answer");

    // (c) Bob reloads (a new Yjs client that only edits), then the room unloads and reloads.
    bobPhone.provider.destroy();
    const bobAgain = connect(running.wsBase, w.workshopId, bob.participantToken);
    await waitFor(() => readNotes(bobAgain.doc).some((n) => n.id === bobNote), 5000, "Bob's copy");
    editNote(bobAgain.doc, bobNote, { text: "secret-b2" });
    addPart(bobAgain.doc, bobNote, { type: "savoir", text: "part-b" });
    await waitFor(() => bobAgain.allStored(), 5000, "Bob's edits stored");
    for (const client of [board, bobAgain, carolNote]) client.provider.destroy();
    for (const raw of recorders) raw.close();
    await waitFor(() => running.server.rooms.loadedCount === 0, 5000, "room unloaded");
    const carolAfterReload = await record(carol.participantToken);

    // (d) The facilitator edits inside Bob's note, then starts a countdown.
    const board2 = connect(running.wsBase, w.workshopId, w.facilitatorKey);
    await waitFor(() => board2.provider.synced);
    editNote(board2.doc, bobNote, { text: "secret-f" });
    addPart(board2.doc, bobNote, { type: "savoir-faire", text: "part-f" });
    startTimer(board2.doc, 60_000);
    await waitFor(() => board2.allStored(), 5000, "facilitator's edits stored");
    const lateAlice = await record(alice.participantToken);

    for (const raw of recorders) {
      for (const text of HIDDEN) expect(raw.saw(text), text).toBe(false);
    }
    expect(carolAfterReload.saw("note de Carol")).toBe(true);
    expect(lateAlice.saw("Atelier muet")).toBe(true);

    // The reveal: what was held back arrives, and the phone's copy matches the board.
    setPhase(board2.doc, "sorting");
    await waitFor(
      () => carolAfterReload.saw("secret-f") && carolAfterReload.saw("part-f"),
      5000,
      "reveal",
    );
    await waitFor(
      () =>
        JSON.stringify(readNotes(carolAfterReload.doc)) === JSON.stringify(readNotes(board2.doc)),
      5000,
      "Carol's copy converges",
    );
    board2.provider.destroy();
    for (const raw of recorders) raw.close();
  });
});
