import { addNote } from "@troc/shared";
import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import type { RunningServer } from "./test/harness";
import {
  closeCodeOf,
  connect,
  createWorkshop,
  registerParticipant,
  serversPerTest,
  waitFor,
} from "./test/harness";

const server = serversPerTest();

function syncStep1(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep1(encoder, new Y.Doc());
  return encoding.toUint8Array(encoder);
}

function openSocket(url: string, options: { autoPong?: boolean } = {}) {
  const socket = new WebSocket(url, options);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once("close", (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const opened = new Promise((resolve) => socket.once("open", resolve));
  return { socket, closed, opened };
}

describe("WebSocket limits", () => {
  it("closes with 4413 a message over the size cap", async () => {
    const s = await server({ WS_MAX_MESSAGE_BYTES: "1000" });
    const w = await createWorkshop(s.base);
    const big = new Uint8Array(2000);
    expect(await closeCodeOf(`${s.wsBase}/${w.workshopId}?token=${w.facilitatorKey}`, big)).toBe(
      4413,
    );
  });

  it("closes with 4429 a socket sending faster than its rate and burst", async () => {
    const s = await server({ WS_MESSAGES_PER_SECOND: "1", WS_MESSAGE_BURST: "5" });
    const w = await createWorkshop(s.base);
    const { socket, closed, opened } = openSocket(
      `${s.wsBase}/${w.workshopId}?token=${w.facilitatorKey}`,
    );
    await opened;
    for (let i = 0; i < 20; i++) socket.send(syncStep1());
    expect((await closed).code).toBe(4429);
  });

  it("refuses a participant's note past the per-participant cap", async () => {
    const s = await server({ NOTES_PER_PARTICIPANT: "2" });
    const w = await createWorkshop(s.base);
    const p = await registerParticipant(s.base, w.workshopId, "Léa");
    const phone = connect(s.wsBase, w.workshopId, p.participantToken);
    const codes: number[] = [];
    phone.provider.on("connection-close", (event) => event && codes.push(event.code));
    await waitFor(() => phone.provider.synced);
    const author = { color: "pink" as const, authorId: p.participantId, authorName: "Léa" };
    addNote(phone.doc, { text: "un", ...author });
    addNote(phone.doc, { text: "deux", ...author });
    await new Promise((r) => setTimeout(r, 100));
    addNote(phone.doc, { text: "trois", ...author });
    await waitFor(() => codes.includes(4403), 5000, "refusal");
    phone.provider.destroy();
    const board = connect(s.wsBase, w.workshopId, w.facilitatorKey);
    await waitFor(() => board.provider.synced);
    expect(board.doc.getMap("notes").size).toBe(2);
    board.provider.destroy();
  });

  it("closes a socket that stops answering pings", async () => {
    const s = await server({ WS_PING_INTERVAL_MS: "100" });
    const w = await createWorkshop(s.base);
    const { closed } = openSocket(`${s.wsBase}/${w.workshopId}?token=${w.facilitatorKey}`, {
      autoPong: false,
    });
    expect((await closed).code).toBe(1006); // terminated, no close frame
  });
});

describe("join-code guessing", () => {
  const lookup = (s: RunningServer, headers: Record<string, string> = {}) =>
    fetch(`${s.base}/api/join/ZZZZZZ`, { headers });

  it("answers 429 with Retry-After past the per-address budget; forwarded-for is ignored", async () => {
    const s = await server({ JOIN_LOOKUPS_PER_MINUTE: "3" });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await lookup(s, { "x-forwarded-for": `10.0.0.${i}` })).status);
    expect(statuses).toEqual([404, 404, 404, 429]);
    const limited = await lookup(s);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await limited.json()).toEqual({ error: "Too many join attempts, wait a moment" });
  });

  it("keys on X-Forwarded-For only when TRUST_PROXY is set", async () => {
    const s = await server({ JOIN_LOOKUPS_PER_MINUTE: "1", TRUST_PROXY: "true" });
    expect((await lookup(s, { "x-forwarded-for": "10.0.0.1" })).status).toBe(404);
    expect((await lookup(s, { "x-forwarded-for": "10.0.0.1" })).status).toBe(429);
    expect((await lookup(s, { "x-forwarded-for": "10.0.0.2, 10.9.9.9" })).status).toBe(404);
  });
});
