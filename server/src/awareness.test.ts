import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import type { RunningServer } from "./test/harness";
import { createWorkshop, registerParticipant, startServer } from "./test/harness";

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
    ["a second awareness client", [awarenessMessage(15, {}), awarenessMessage(16, {})], 4403],
    ["a state over the size cap", [awarenessMessage(17, { blob: "x".repeat(600) })], 4413],
  ] as const)("a participant publishing %s", async (_case, frames, expected) => {
    const w = await createWorkshop(running.base);
    const p = await registerParticipant(running.base, w.workshopId, "Léa");
    expect(await outcome(p.participantToken, w.workshopId, [...frames])).toBe(expected);
  });

  it("a socket may not speak for another socket's awareness client", async () => {
    const w = await createWorkshop(running.base);
    const board = new WebSocket(`${running.wsBase}/${w.workshopId}?token=${w.facilitatorKey}`);
    await new Promise((resolve) => board.once("open", resolve));
    board.send(awarenessMessage(21, { user: { name: "Anne", role: "facilitator" } }));
    await new Promise((r) => setTimeout(r, 100));
    const p = await registerParticipant(running.base, w.workshopId, "Léa");
    expect(
      await outcome(p.participantToken, w.workshopId, [
        awarenessMessage(21, { user: { name: "Léa" } }),
      ]),
    ).toBe(4403);
    board.close();
  });
});
