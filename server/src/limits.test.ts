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
  postJson,
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

  it("keeps an honest client through many ping intervals, and drops one that stops answering", async () => {
    const s = await server({ WS_PING_INTERVAL_MS: "100" });
    const w = await createWorkshop(s.base);
    const honest = connect(s.wsBase, w.workshopId, w.facilitatorKey);
    const drops: number[] = [];
    honest.provider.on("connection-close", (event) => event && drops.push(event.code));
    await waitFor(() => honest.provider.synced);
    const { closed } = openSocket(`${s.wsBase}/${w.workshopId}?token=${w.facilitatorKey}`, {
      autoPong: false,
    });
    expect((await closed).code).toBe(1006); // terminated, no close frame
    // Ten more intervals: every socket used to be dropped at the first tick.
    await new Promise((r) => setTimeout(r, 1000));
    expect(drops).toEqual([]);
    expect(honest.provider.wsconnected).toBe(true);
    honest.provider.destroy();
  });

  it("lets one token hold a few sockets at once, no more", async () => {
    const s = await server({ WS_SOCKETS_PER_TOKEN: "3" });
    const w = await createWorkshop(s.base);
    const p = await registerParticipant(s.base, w.workshopId, "Léa");
    const url = `${s.wsBase}/${w.workshopId}?token=${p.participantToken}`;
    const open = [openSocket(url), openSocket(url), openSocket(url)];
    // Each is in its room once the server sends it sync step 1.
    await Promise.all(open.map((o) => new Promise((r) => o.socket.once("message", r))));
    const fourth = openSocket(url);
    expect((await fourth.closed).code).toBe(4429);
    open[0]?.socket.close();
    await open[0]?.closed;
    const again = openSocket(url);
    await again.opened;
    const outcome = await Promise.race([
      again.closed.then((c) => c.code),
      new Promise<"open">((r) => setTimeout(() => r("open"), 300)),
    ]);
    expect(outcome).toBe("open");
    for (const o of [...open, again]) o.socket.close();
  });

  it("answers a few sync requests per socket, then closes with 4429", async () => {
    const s = await server({ WS_SYNC_REQUESTS_PER_MINUTE: "3" });
    const w = await createWorkshop(s.base);
    const { socket, closed, opened } = openSocket(
      `${s.wsBase}/${w.workshopId}?token=${w.facilitatorKey}`,
    );
    let answers = 0;
    socket.on("message", (data: Buffer) => {
      if (data[0] === 0 && data[1] === 1) answers += 1;
    });
    await opened;
    for (let i = 0; i < 5; i++) socket.send(syncStep1());
    expect((await closed).code).toBe(4429);
    expect(answers).toBeLessThanOrEqual(3);
  });
});

describe("per-address limits on the API", () => {
  it("answers 429 with Retry-After past the registrations and workshop creations allowed", async () => {
    const s = await server({ REGISTRATIONS_PER_MINUTE: "2", WORKSHOPS_PER_HOUR: "2" });
    const w = await createWorkshop(s.base);
    await createWorkshop(s.base);
    const third = await postJson(`${s.base}/api/workshops`, {});
    expect(third.status).toBe(429);
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
    const register = () =>
      postJson(`${s.base}/api/workshops/${w.workshopId}/participants`, { name: "Léa" });
    expect((await register()).status).toBe(201);
    expect((await register()).status).toBe(201);
    const refused = await register();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
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
