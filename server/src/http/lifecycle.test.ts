import path from "node:path";
import { addNote, readNotes, setInterest } from "@troc/shared";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { DAY_MS } from "../retention";
import type { RunningServer } from "../test/harness";
import {
  connect,
  createWorkshop,
  registerParticipant,
  startServer,
  waitFor,
} from "../test/harness";

const servers: RunningServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});
async function server(env: Record<string, string> = {}, now?: () => number) {
  const s = await startServer(env, undefined, undefined, now ? { now } : {});
  servers.push(s);
  return s;
}

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

/** A workshop with a board, Léa (two notes, a mark on Sam's, a contact) and Sam (one note). */
async function workshopWithPeople(s: RunningServer) {
  const w = await createWorkshop(s.base, { title: "Atelier à effacer" });
  const lea = await registerParticipant(s.base, w.workshopId, "Léa");
  const sam = await registerParticipant(s.base, w.workshopId, "Sam");
  await fetch(`${s.base}/api/workshops/${w.workshopId}/contact`, {
    method: "PUT",
    headers: { "content-type": "application/json", ...bearer(lea.participantToken) },
    body: JSON.stringify({ contact: "lea@asso.fr" }),
  });
  const board = connect(s.wsBase, w.workshopId, w.facilitatorKey);
  const leaPhone = connect(s.wsBase, w.workshopId, lea.participantToken);
  const samPhone = connect(s.wsBase, w.workshopId, sam.participantToken);
  await waitFor(() => [board, leaPhone, samPhone].every((c) => c.provider.synced));
  const samsNote = addNote(samPhone.doc, {
    text: "budget",
    color: "blue",
    authorId: sam.participantId,
    authorName: "Sam",
  });
  await waitFor(() => readNotes(leaPhone.doc).length === 1, 5000, "Léa sees Sam's note");
  addNote(leaPhone.doc, {
    text: "chanter",
    color: "pink",
    authorId: lea.participantId,
    authorName: "Léa",
  });
  addNote(leaPhone.doc, {
    text: "cuisiner",
    color: "pink",
    authorId: lea.participantId,
    authorName: "Léa",
  });
  setInterest(leaPhone.doc, samsNote, lea.participantId, true);
  await waitFor(() => leaPhone.allStored() && samPhone.allStored(), 5000, "stored");
  await waitFor(() => readNotes(board.doc).length === 3, 5000, "board has every note");
  return { w, lea, sam, board, leaPhone, samPhone, samsNote };
}

/** Rows of the database that still mention any of `ids`, table by table. */
function rowsMentioning(s: RunningServer, ids: string[]): Record<string, number> {
  const db = new Database(path.join(s.dataDir, "troc.sqlite"), { readonly: true });
  const found: Record<string, number> = {};
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
    name: string;
  }[];
  for (const { name } of tables) {
    if (name.startsWith("sqlite_")) continue;
    const rows = db.prepare(`SELECT * FROM ${name}`).all() as Record<string, unknown>[];
    const count = rows.filter((row) =>
      Object.values(row).some((v) => ids.includes(String(v))),
    ).length;
    if (count > 0) found[name] = count;
  }
  db.close();
  return found;
}

describe("deleting a workshop", () => {
  it("erases it from every table and from memory, and closes its sockets with 4410", async () => {
    const s = await server();
    const { w, lea, sam, board, leaPhone } = await workshopWithPeople(s);
    const other = await createWorkshop(s.base);
    const url = `${s.base}/api/workshops/${w.workshopId}`;
    expect((await fetch(url, { method: "DELETE" })).status).toBe(401);
    expect(
      (await fetch(url, { method: "DELETE", headers: bearer(lea.participantToken) })).status,
    ).toBe(401);
    const closes: number[] = [];
    for (const c of [board, leaPhone])
      c.provider.on("connection-close", (e) => e && closes.push(e.code));
    const res = await fetch(url, { method: "DELETE", headers: bearer(w.facilitatorKey) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ deleted: true });
    await waitFor(() => closes.length >= 2, 5000, "sockets closed");
    expect(closes.slice(0, 2)).toEqual([4410, 4410]);
    for (const c of [board, leaPhone]) c.provider.destroy();
    expect(
      rowsMentioning(s, [w.workshopId, lea.participantId, sam.participantId, w.joinCode]),
    ).toEqual({});
    expect(rowsMentioning(s, [other.workshopId])).not.toEqual({});
    expect(s.server.rooms.loadedCount).toBe(0);
    expect((await fetch(`${s.base}/api/join/${w.joinCode}`)).status).toBe(404);
    expect((await fetch(url, { headers: bearer(w.facilitatorKey) })).status).toBe(401);
  });
});

describe("retention", () => {
  it("erases contacts, then whole workshops, after their periods without activity", async () => {
    let now = Date.now();
    const s = await server(
      { CONTACT_RETENTION_DAYS: "30", WORKSHOP_RETENTION_DAYS: "120" },
      () => now,
    );
    const { w, lea, board, leaPhone, samPhone } = await workshopWithPeople(s);
    for (const c of [board, leaPhone, samPhone]) c.provider.destroy();
    const details = (await (
      await fetch(`${s.base}/api/workshops/${w.workshopId}`, { headers: bearer(w.facilitatorKey) })
    ).json()) as {
      contactsKeptUntil: number;
      keptUntil: number;
      lastActivityAt: number;
      joinCode: string;
    };
    expect(details.contactsKeptUntil - details.lastActivityAt).toBe(30 * DAY_MS);
    expect(details.keptUntil - details.lastActivityAt).toBe(120 * DAY_MS);
    expect(details.joinCode).toBe(w.joinCode);
    const contact = () =>
      fetch(`${s.base}/api/workshops/${w.workshopId}/contact`, {
        headers: bearer(lea.participantToken),
      });

    await s.server.sweepRetention();
    expect(await (await contact()).json()).toEqual({ contact: "lea@asso.fr" });
    now += 31 * DAY_MS;
    await s.server.sweepRetention();
    expect(await (await contact()).json()).toEqual({ contact: null });
    expect((await fetch(`${s.base}/api/join/${w.joinCode}`)).status).toBe(200);
    now += 90 * DAY_MS;
    await s.server.sweepRetention();
    expect((await fetch(`${s.base}/api/join/${w.joinCode}`)).status).toBe(404);
    expect(rowsMentioning(s, [w.workshopId, lea.participantId])).toEqual({});
    const metrics = await (await fetch(`${s.base}/metrics`)).text();
    expect(metrics).toMatch(/troc_purged_total\{what="contact"\} 1/);
    expect(metrics).toMatch(/troc_purged_total\{what="workshop"\} 1/);
  });
});

describe("a participant's rights", () => {
  it("shows Léa what is stored about her, then erases it all, live on the board", async () => {
    const s = await server();
    const { w, lea, board, samPhone, samsNote } = await workshopWithPeople(s);
    const me = `${s.base}/api/workshops/${w.workshopId}/me`;
    expect((await fetch(me)).status).toBe(401);
    const mine = (await (await fetch(me, { headers: bearer(lea.participantToken) })).json()) as {
      notes: { text: string }[];
      interests: unknown[];
    };
    expect(mine).toMatchObject({
      participantId: lea.participantId,
      name: "Léa",
      contact: "lea@asso.fr",
    });
    expect(mine.notes.map((n) => n.text).sort()).toEqual(["chanter", "cuisiner"]);
    expect(mine.interests).toEqual([{ noteId: samsNote, text: "budget" }]);

    const erased = await fetch(me, { method: "DELETE", headers: bearer(lea.participantToken) });
    expect(await erased.json()).toEqual({ erased: { notes: 2, interests: 1, contact: true } });
    await waitFor(() => readNotes(board.doc).length === 1, 5000, "the board drops her notes");
    expect(readNotes(board.doc)[0]?.interested).toEqual([]);
    await waitFor(
      () => readNotes(samPhone.doc)[0]?.interested.length === 0,
      5000,
      "Sam's phone too",
    );
    expect((await fetch(me, { headers: bearer(lea.participantToken) })).status).toBe(401);
    const exported = await (
      await fetch(`${s.base}/api/workshops/${w.workshopId}/export?format=json`, {
        headers: bearer(w.facilitatorKey),
      })
    ).text();
    expect(exported).not.toContain("Léa");
    expect(exported).not.toContain("lea@asso.fr");
    expect(exported).not.toContain("chanter");
    for (const c of [board, samPhone]) c.provider.destroy();
  });
});
