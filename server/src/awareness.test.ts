import { addNote } from "@troc/shared";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import type { RunningServer } from "./test/harness";
import { connect, createWorkshop, registerParticipant, startServer, waitFor } from "./test/harness";
import { rawClient } from "./test/rawClient";

let running: RunningServer;
beforeAll(async () => {
  running = await startServer({ AWARENESS_MAX_BYTES: "512" });
});
afterAll(() => running.stop());

function awarenessMessage(clientID: number, state: Record<string, unknown> | null): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(state);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(
    encoder,
    awarenessProtocol.encodeAwarenessUpdate(awareness, [clientID]),
  );
  awareness.destroy();
  return encoding.toUint8Array(encoder);
}

/** Sends the frames in order; resolves with the close code, or "open" if still open after. */
async function outcome(
  token: string,
  workshopId: string,
  frames: Uint8Array[],
): Promise<number | "open"> {
  const socket = new WebSocket(`${running.wsBase}/${workshopId}?token=${token}`);
  const closed = new Promise<number>((resolve) => socket.once("close", resolve));
  await new Promise((resolve) => socket.once("open", resolve));
  for (const frame of frames) socket.send(frame);
  const result = await Promise.race([
    closed,
    new Promise<"open">((r) => setTimeout(() => r("open"), 300)),
  ]);
  socket.close();
  return result;
}

/** The awareness states the server holds, as a newly connected socket is told them. */
async function roomStates(token: string, workshopId: string): Promise<Map<number, unknown>> {
  const socket = new WebSocket(`${running.wsBase}/${workshopId}?token=${token}`);
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  await new Promise<void>((resolve) => {
    socket.on("message", (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== 1) return;
      awarenessProtocol.applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), null);
      resolve();
    });
  });
  socket.close();
  const states = new Map(awareness.getStates());
  awareness.destroy();
  return states;
}

describe("awareness checks", () => {
  it.each([
    [
      "their own name",
      [awarenessMessage(11, { user: { name: "Léa", role: "participant" } })],
      "open",
    ],
    [
      "going away",
      [awarenessMessage(12, { user: { name: "Léa" } }), awarenessMessage(12, null)],
      "open",
    ],
    ["another person's name", [awarenessMessage(13, { user: { name: "Sam" } })], 4403],
    ["the facilitator's role", [awarenessMessage(14, { user: { role: "facilitator" } })], 4403],
    ["a state over the size cap", [awarenessMessage(17, { blob: "x".repeat(600) })], 4413],
    // 300 UTF-16 units, but 600 bytes in UTF-8: the cap is in bytes, as its name says.
    ["a state over the cap in bytes", [awarenessMessage(18, { blob: "é".repeat(300) })], 4413],
  ] as const)("a participant publishing %s", async (_case, frames, expected) => {
    const w = await createWorkshop(running.base);
    const p = await registerParticipant(running.base, w.workshopId, "Léa");
    expect(await outcome(p.participantToken, w.workshopId, [...frames])).toBe(expected);
  });

  it("a Yjs client id someone writes with is theirs: no one else can take their presence", async () => {
    const w = await createWorkshop(running.base);
    const alice = await registerParticipant(running.base, w.workshopId, "Alice");
    const bob = await registerParticipant(running.base, w.workshopId, "Bob");
    // Alice's phone writes a note with its Yjs client: that client id is now bound to her.
    const aliceDoc = new Y.Doc();
    addNote(aliceDoc, {
      text: "chanter",
      color: "pink",
      authorId: alice.participantId,
      authorName: "Alice",
    });
    const alicePhone = await rawClient(running.wsBase, w.workshopId, alice.participantToken);
    alicePhone.sendUpdate(Y.encodeStateAsUpdate(aliceDoc));
    const board = connect(running.wsBase, w.workshopId, w.facilitatorKey);
    await waitFor(() => board.provider.synced && board.doc.getMap("notes").size === 1);
    // Bob read her client id off the note and claims it first, with a clock far ahead.
    const bobPhone = await rawClient(running.wsBase, w.workshopId, bob.participantToken);
    bobPhone.sendAwareness(aliceDoc.clientID, 1000, { user: { role: "participant", name: "Bob" } });
    alicePhone.sendAwareness(aliceDoc.clientID, 1, {
      user: { role: "participant", name: "Alice" },
    });
    await waitFor(
      () =>
        (
          board.provider.awareness.getStates().get(aliceDoc.clientID) as {
            user?: { name?: string };
          }
        )?.user?.name === "Alice",
      5000,
      "the board sees Alice under her own client id",
    );
    expect(bobPhone.isOpen()).toBe(true);
    board.provider.destroy();
    alicePhone.close();
    bobPhone.close();
  });

  it("a socket keeps to its first awareness client: others it mentions are dropped", async () => {
    const w = await createWorkshop(running.base);
    const p = await registerParticipant(running.base, w.workshopId, "Léa");
    expect(
      await outcome(p.participantToken, w.workshopId, [
        awarenessMessage(15, { user: { name: "Léa" } }),
        awarenessMessage(16, { user: { name: "Léa" }, extra: true }),
      ]),
    ).toBe("open");
  });

  it("a socket cannot speak for another socket's client: its echo changes nothing", async () => {
    const w = await createWorkshop(running.base);
    const board = new WebSocket(`${running.wsBase}/${w.workshopId}?token=${w.facilitatorKey}`);
    await new Promise((resolve) => board.once("open", resolve));
    board.send(awarenessMessage(21, { user: { name: "Anne", role: "facilitator" } }));
    await new Promise((r) => setTimeout(r, 100));
    const p = await registerParticipant(running.base, w.workshopId, "Léa");
    const forged = new Y.Doc();
    forged.clientID = 21;
    const awareness = new awarenessProtocol.Awareness(forged);
    awareness.setLocalState({ user: { name: "Léa" } });
    awareness.setLocalState({ user: { name: "Léa" }, again: true }); // a later clock than Anne's
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [21]));
    expect(await outcome(p.participantToken, w.workshopId, [encoding.toUint8Array(encoder)])).toBe(
      "open",
    );
    expect((await roomStates(w.facilitatorKey, w.workshopId)).get(21)).toEqual({
      user: { name: "Anne", role: "facilitator" },
    });
    board.close();
  });

  it("two y-websocket clients that echo each other's presence both stay connected", async () => {
    const w = await createWorkshop(running.base);
    const p = await registerParticipant(running.base, w.workshopId, "Léa");
    const board = connect(running.wsBase, w.workshopId, w.facilitatorKey);
    const phone = connect(running.wsBase, w.workshopId, p.participantToken);
    const closes: number[] = [];
    for (const client of [board, phone]) {
      client.provider.on("connection-close", (event: { code: number } | null) => {
        if (event) closes.push(event.code);
      });
    }
    board.provider.awareness.setLocalState({ user: { role: "facilitator", color: "#b4451f" } });
    phone.provider.awareness.setLocalState({ user: { role: "participant", name: "Léa" } });
    await waitFor(() => board.provider.awareness.getStates().has(phone.doc.clientID));
    phone.provider.awareness.setLocalState({ user: { role: "participant", name: "Léa" }, n: 2 });
    await waitFor(() => board.provider.awareness.getStates().get(phone.doc.clientID)?.n === 2);
    expect(closes).toEqual([]);
    for (const client of [board, phone]) {
      client.provider.destroy();
      client.doc.destroy();
    }
  });

  it("sends presence to boards only: a phone gets its own state back and no one else's", async () => {
    const w = await createWorkshop(running.base);
    const p = await registerParticipant(running.base, w.workshopId, "Léa");
    const board = connect(running.wsBase, w.workshopId, w.facilitatorKey);
    board.provider.awareness.setLocalState({ user: { role: "facilitator", color: "#b4451f" } });
    await waitFor(() => board.provider.wsconnected);
    const phone = connect(running.wsBase, w.workshopId, p.participantToken);
    await waitFor(() => phone.provider.wsconnected);
    const phoneAwarenessFrames: Uint8Array[] = [];
    phone.provider.ws?.addEventListener("message", (event: { data: unknown }) => {
      const bytes = new Uint8Array(event.data as ArrayBuffer);
      if (bytes[0] === 1) phoneAwarenessFrames.push(bytes);
    });
    phone.provider.awareness.setLocalState({ user: { role: "participant", name: "Léa" } });
    board.provider.awareness.setLocalState({
      user: { role: "facilitator", color: "#b4451f" },
      pointer: { x: 10, y: 20 },
    });
    await waitFor(() => board.provider.awareness.getStates().has(phone.doc.clientID));
    await waitFor(() => phoneAwarenessFrames.length > 0); // its own echo: y-websocket's keep-alive
    await new Promise((r) => setTimeout(r, 200));
    expect([...phone.provider.awareness.getStates().keys()]).toEqual([phone.doc.clientID]);
    for (const client of [board, phone]) {
      client.provider.destroy();
      client.doc.destroy();
    }
  });
});
