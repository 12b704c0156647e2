import { addNote, isNoteStored, readNotes } from "@troc/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { openSqliteStorage } from "../storage/sqliteStorage";
import {
  closeCodeOf,
  connect,
  createWorkshop,
  registerParticipant,
  serversPerTest,
  waitFor,
} from "../test/harness";

const server = serversPerTest();

const author = (participantId: string, authorName = "Léa") => ({
  color: "yellow" as const,
  authorId: participantId,
  authorName,
});

describe("connecting", () => {
  it("closes with 4404 for an unknown workshop and 4401 for a bad or missing token", async () => {
    const s = await server();
    const w = await createWorkshop(s.base);
    expect(await closeCodeOf(`${s.wsBase}/AAAAAAAAAAAAAAAAAAAAAA?token=x`)).toBe(4404);
    expect(await closeCodeOf(`${s.wsBase}/..%2Fetc%2Fpasswd?token=x`)).toBe(4404);
    expect(await closeCodeOf(`${s.wsBase}/${w.workshopId}?token=wrong`)).toBe(4401);
    // Broken percent-encoding is refused at the upgrade, and the server goes on.
    await expect(closeCodeOf(`${s.wsBase}/%E0%A4?token=x`)).rejects.toThrow();
    expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
    expect(await closeCodeOf(`${s.wsBase}/${w.workshopId}`)).toBe(4401);
    const other = await createWorkshop(s.base);
    const p = await registerParticipant(s.base, other.workshopId, "Léa");
    expect(await closeCodeOf(`${s.wsBase}/${w.workshopId}?token=${p.participantToken}`)).toBe(4401);
  });

  it("closes only the socket that sends a malformed frame; the room goes on", async () => {
    const s = await server();
    const w = await createWorkshop(s.base);
    const url = `${s.wsBase}/${w.workshopId}?token=${w.facilitatorKey}`;
    const board = connect(s.wsBase, w.workshopId, w.facilitatorKey);
    await waitFor(() => board.provider.synced);
    expect(await closeCodeOf(url, new Uint8Array([42, 1, 2]))).toBe(1007); // unknown type
    expect(await closeCodeOf(url, new Uint8Array([0, 2, 200]))).toBe(1007); // truncated update
    expect(await closeCodeOf(url, new Uint8Array([0, 2, 3, 1, 2, 3]))).toBe(1007); // not a Yjs update
    expect(await closeCodeOf(url, "hello")).toBe(1003); // text frame

    const p = await registerParticipant(s.base, w.workshopId, "Léa");
    const phone = connect(s.wsBase, w.workshopId, p.participantToken);
    await waitFor(() => phone.provider.synced);
    addNote(phone.doc, { text: "chanter", ...author(p.participantId) });
    await waitFor(() => readNotes(board.doc).length === 1, 5000, "relay after bad frames");
    board.provider.destroy();
    phone.provider.destroy();
  });
});

describe("stored before relayed", () => {
  it("acknowledges a note once stored, and the note is in storage when others see it", async () => {
    const s = await server();
    const w = await createWorkshop(s.base);
    const p = await registerParticipant(s.base, w.workshopId, "Léa");
    const phone = connect(s.wsBase, w.workshopId, p.participantToken);
    const board = connect(s.wsBase, w.workshopId, w.facilitatorKey);
    await waitFor(() => phone.provider.synced && board.provider.synced);

    const id = addNote(phone.doc, { text: "organiser un colloque", ...author(p.participantId) });
    expect(isNoteStored(phone.doc, id, phone.stored)).toBe(false);
    let storedWhenSeen: boolean | null = null;
    board.doc.on("update", () => {
      if (storedWhenSeen !== null) return;
      const peek = openSqliteStorage(s.dataDir);
      void peek.loadDocument(w.workshopId).then((stored) => {
        const copy = new Y.Doc();
        for (const u of stored.updates) Y.applyUpdate(copy, u);
        storedWhenSeen = readNotes(copy).some((n) => n.id === id);
        void peek.close();
      });
    });
    await waitFor(() => isNoteStored(phone.doc, id, phone.stored), 5000, "stored ack");
    await waitFor(() => storedWhenSeen !== null, 5000, "board update");
    expect(storedWhenSeen).toBe(true);
    phone.provider.destroy();
    board.provider.destroy();
  });

  it("marks notes that reached the server in an earlier session as stored on reconnect", async () => {
    const s = await server();
    const w = await createWorkshop(s.base);
    const p = await registerParticipant(s.base, w.workshopId, "Léa");
    const first = connect(s.wsBase, w.workshopId, p.participantToken);
    await waitFor(() => first.provider.synced);
    const id = addNote(first.doc, { text: "parler espagnol", ...author(p.participantId) });
    await waitFor(() => isNoteStored(first.doc, id, first.stored));
    first.provider.destroy();

    // Same document (as IndexedDB would restore it), new connection, empty stored vector.
    const again = connect(s.wsBase, w.workshopId, p.participantToken);
    Y.applyUpdate(again.doc, Y.encodeStateAsUpdate(first.doc));
    expect(isNoteStored(again.doc, id, again.stored)).toBe(false);
    await waitFor(() => isNoteStored(again.doc, id, again.stored), 5000, "stored on reconnect");
    again.provider.destroy();
  });
});

describe("room lifecycle", () => {
  it("converges many concurrent writers and survives unload, compaction and restart", async () => {
    const s = await server({ ROOM_UNLOAD_GRACE_MS: "50", COMPACT_EVERY_UPDATES: "7" });
    const w = await createWorkshop(s.base);
    const writers = await Promise.all(
      ["Léa", "Sam", "Noé", "Ana", "Eli"].map(async (name) => {
        const p = await registerParticipant(s.base, w.workshopId, name);
        return { p, name, ...connect(s.wsBase, w.workshopId, p.participantToken) };
      }),
    );
    await waitFor(() => writers.every((c) => c.provider.synced));
    for (let round = 0; round < 4; round++) {
      for (const c of writers)
        addNote(c.doc, { text: `compétence ${round}`, ...author(c.p.participantId, c.name) });
      await new Promise((r) => setTimeout(r, Math.random() * 20));
    }
    await waitFor(() => writers.every((c) => readNotes(c.doc).length === 20), 5000, "convergence");
    const states = writers.map((c) => JSON.stringify(readNotes(c.doc)));
    expect(new Set(states).size).toBe(1);
    for (const c of writers) c.provider.destroy();
    await waitFor(() => s.server.rooms.loadedCount === 0, 5000, "unload");

    const peek = openSqliteStorage(s.dataDir);
    const stored = await peek.loadDocument(w.workshopId);
    await peek.close();
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates).toEqual([]);

    await s.stop();
    const restarted = await server({}, s.dataDir);
    const board = connect(restarted.wsBase, w.workshopId, w.facilitatorKey);
    await waitFor(() => board.provider.synced);
    expect(JSON.stringify(readNotes(board.doc))).toBe(states[0]);
    board.provider.destroy();
  });
});
