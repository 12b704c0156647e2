// Silent writing is enforced at the socket: a participant's connection must not even receive
// the bytes of another participant's notes until the reveal.
import { addNote, setHideOthersWhileWriting, setPhase } from "@troc/shared";
import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import type { RunningServer } from "./test/harness";
import { connect, createWorkshop, registerParticipant, startServer, waitFor } from "./test/harness";

let running: RunningServer;
beforeAll(async () => {
  running = await startServer();
});
afterAll(() => running.stop());

/** A raw participant socket that records every byte it is sent. */
async function rawPhone(workshopId: string, token: string) {
  const socket = new WebSocket(`${running.wsBase}/${workshopId}?token=${token}`);
  const received: Buffer[] = [];
  socket.on("message", (data: Buffer) => received.push(Buffer.from(data)));
  await new Promise((resolve) => socket.once("open", resolve));
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep1(encoder, new Y.Doc());
  socket.send(encoding.toUint8Array(encoder));
  return {
    socket,
    sawText: (text: string) => Buffer.concat(received).includes(Buffer.from(text, "utf8")),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 200));

describe("silent writing", () => {
  it("withholds other participants' notes from participant sockets until the reveal", async () => {
    const w = await createWorkshop(running.base, { title: "Atelier muet" });
    const board = connect(running.wsBase, w.workshopId, w.facilitatorKey);
    await waitFor(() => board.provider.synced);
    setHideOthersWhileWriting(board.doc, true);

    const alice = await registerParticipant(running.base, w.workshopId, "Alice");
    const bob = await registerParticipant(running.base, w.workshopId, "Bob");
    const bobPhone = connect(running.wsBase, w.workshopId, bob.participantToken);
    await waitFor(() => bobPhone.provider.synced);
    addNote(bobPhone.doc, {
      text: "secret de Bob",
      color: "blue",
      authorId: bob.participantId,
      authorName: "Bob",
    });
    await waitFor(() => board.doc.getMap("notes").size === 1, 5000, "board sees Bob's note");

    // Alice connects after Bob wrote (sync step 2) and stays while he writes more (relay).
    const alicePhone = await rawPhone(w.workshopId, alice.participantToken);
    const aliceDoc = connect(running.wsBase, w.workshopId, alice.participantToken);
    await waitFor(() => aliceDoc.provider.synced);
    addNote(aliceDoc.doc, {
      text: "note d'Alice",
      color: "pink",
      authorId: alice.participantId,
      authorName: "Alice",
    });
    addNote(bobPhone.doc, {
      text: "autre secret",
      color: "blue",
      authorId: bob.participantId,
      authorName: "Bob",
    });
    await waitFor(() => board.doc.getMap("notes").size === 3, 5000, "board sees all notes");
    await settle();

    expect(alicePhone.sawText("Atelier muet")).toBe(true); // meta reaches phones
    expect(alicePhone.sawText("note d'Alice")).toBe(true); // and their own notes
    expect(alicePhone.sawText("secret de Bob")).toBe(false);
    expect(alicePhone.sawText("autre secret")).toBe(false);
    expect(aliceDoc.doc.getMap("notes").size).toBe(1);

    // The reveal: the facilitator moves on to sorting; participants receive everything.
    setPhase(board.doc, "sorting");
    await waitFor(
      () => alicePhone.sawText("secret de Bob") && alicePhone.sawText("autre secret"),
      5000,
      "reveal",
    );
    await waitFor(() => aliceDoc.doc.getMap("notes").size === 3, 5000, "Alice's doc after reveal");

    for (const client of [board, bobPhone, aliceDoc]) client.provider.destroy();
    alicePhone.socket.close();
  });

  it("sends everything when silent writing is off", async () => {
    const w = await createWorkshop(running.base);
    const alice = await registerParticipant(running.base, w.workshopId, "Alice");
    const bob = await registerParticipant(running.base, w.workshopId, "Bob");
    const bobPhone = connect(running.wsBase, w.workshopId, bob.participantToken);
    await waitFor(() => bobPhone.provider.synced);
    addNote(bobPhone.doc, {
      text: "visible de Bob",
      color: "blue",
      authorId: bob.participantId,
      authorName: "Bob",
    });
    await settle();
    const alicePhone = await rawPhone(w.workshopId, alice.participantToken);
    await waitFor(() => alicePhone.sawText("visible de Bob"), 5000, "Bob's note");
    bobPhone.provider.destroy();
    alicePhone.socket.close();
  });
});
