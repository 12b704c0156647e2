import { Writable } from "node:stream";
import { addNote } from "@troc/shared";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { openSqliteStorage } from "./storage/sqliteStorage";
import type { RunningServer } from "./test/harness";
import {
  closeCodeOf,
  connect,
  createWorkshop,
  registerParticipant,
  startServer,
  waitFor,
} from "./test/harness";

const servers: RunningServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});

describe("/metrics", () => {
  it("reports connections, rooms, accepted and refused updates in Prometheus text", async () => {
    const s = await startServer();
    servers.push(s);
    const w = await createWorkshop(s.base);
    const p = await registerParticipant(s.base, w.workshopId, "Léa");
    const phone = connect(s.wsBase, w.workshopId, p.participantToken);
    await waitFor(() => phone.provider.synced);
    addNote(phone.doc, {
      text: "chanter",
      color: "pink",
      authorId: p.participantId,
      authorName: "Léa",
    });
    const codes: number[] = [];
    phone.provider.on("connection-close", (event) => event && codes.push(event.code));
    await new Promise((r) => setTimeout(r, 100));
    phone.doc.getMap("meta").set("title", "volé");
    await waitFor(() => codes.includes(4403));

    const res = await fetch(`${s.base}/metrics`);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(text).toMatch(/^troc_rooms_loaded 1$/m);
    expect(text).toMatch(/^troc_updates_accepted_total [1-9]\d*$/m);
    expect(text).toMatch(/^troc_updates_refused_total\{reason="meta"\} 1$/m);
    expect(text).toMatch(/^troc_sockets_closed_by_server_total\{code="4403"\} 1$/m);
    expect(text).toMatch(/^troc_storage_write_seconds_count [1-9]\d*$/m);
    expect(text).toMatch(/^troc_ws_bytes_in_total [1-9]\d*$/m);
    expect(text).toMatch(/^troc_connections \d+$/m);
    phone.provider.destroy();
  });
});

describe("logs", () => {
  it("never contain a facilitator key or participant token", async () => {
    let output = "";
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        output += chunk.toString();
        done();
      },
    });
    const s = await startServer({}, undefined, pino({ level: "trace" }, sink));
    servers.push(s);
    const w = await createWorkshop(s.base);
    const p = await registerParticipant(s.base, w.workshopId, "Léa");
    expect(await closeCodeOf(`${s.wsBase}/${w.workshopId}?token=${p.participantToken}x`)).toBe(
      4401,
    );
    const phone = connect(s.wsBase, w.workshopId, p.participantToken);
    await waitFor(() => phone.provider.synced);
    phone.doc.getMap("families").set("x", new Y.Map()); // refused and logged
    await waitFor(() => output.includes("refused a change"));
    phone.provider.destroy();
    expect(output.length).toBeGreaterThan(0);
    expect(output).not.toContain(w.facilitatorKey);
    expect(output).not.toContain(p.participantToken);
  });
});

describe("schema versions", () => {
  it("serves a document newer than the code read-only, never writing to it", async () => {
    const s = await startServer();
    servers.push(s);
    const w = await createWorkshop(s.base);
    await s.stop();
    servers.pop();
    // A later version of Troc wrote this document.
    const storage = openSqliteStorage(s.dataDir);
    const future = new Y.Doc();
    for (const update of (await storage.loadDocument(w.workshopId)).updates)
      Y.applyUpdate(future, update);
    const before = Y.encodeStateVector(future);
    future.getMap("meta").set("schemaVersion", 9);
    await storage.appendUpdates([
      { workshopId: w.workshopId, update: Y.encodeStateAsUpdate(future, before) },
    ]);
    await storage.close();

    const again = await startServer({}, s.dataDir);
    servers.push(again);
    const board = connect(again.wsBase, w.workshopId, w.facilitatorKey);
    const codes: number[] = [];
    board.provider.on("connection-close", (event) => event && codes.push(event.code));
    await waitFor(() => board.provider.synced);
    expect(board.doc.getMap("meta").get("schemaVersion")).toBe(9);
    board.doc.getMap("meta").set("title", "changed");
    await waitFor(() => codes.includes(4403), 5000, "read-only refusal");
    board.provider.destroy();
    const check = connect(again.wsBase, w.workshopId, w.facilitatorKey);
    await waitFor(() => check.provider.synced);
    expect(check.doc.getMap("meta").get("title")).not.toBe("changed");
    check.provider.destroy();
  });
});
