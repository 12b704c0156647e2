// Forged clients: plain Yjs documents sending updates the UI would never send. Each refused
// change must close the socket with 4403 and leave every other client, and the stored
// document, as they were.
import { addNote, createFamily, initWorkshop, readNotes, setPhase } from "@troc/shared";
import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { openSqliteStorage } from "./storage/sqliteStorage";
import type { RunningServer, Workshop } from "./test/harness";
import { connect, createWorkshop, registerParticipant, startServer, waitFor } from "./test/harness";

let running: RunningServer;
beforeAll(async () => {
  running = await startServer();
});
afterAll(() => running.stop());

interface Setup {
  w: Workshop;
  board: ReturnType<typeof connect>;
  alice: { participantId: string; participantToken: string };
  bobNote: string;
  family: string;
}

async function setup(): Promise<Setup> {
  const w = await createWorkshop(running.base);
  const alice = await registerParticipant(running.base, w.workshopId, "Alice");
  const bob = await registerParticipant(running.base, w.workshopId, "Bob");
  const board = connect(running.wsBase, w.workshopId, w.facilitatorKey);
  const bobPhone = connect(running.wsBase, w.workshopId, bob.participantToken);
  await waitFor(() => board.provider.synced && bobPhone.provider.synced);
  const bobNote = addNote(bobPhone.doc, {
    text: "négocier un contrat",
    color: "blue",
    authorId: bob.participantId,
    authorName: "Bob",
  });
  const family = createFamily(board.doc, { name: "Négociation", color: "rose" });
  await waitFor(
    () => readNotes(board.doc).length === 1 && bobPhone.doc.getMap("families").size === 1,
  );
  bobPhone.provider.destroy();
  return { w, board, alice, bobNote, family };
}

/** Syncs a plain Yjs doc over a raw socket, runs `forge`, sends its update; resolves the close. */
async function forge(s: Setup, token: string, change: (doc: Y.Doc) => void) {
  const socket = new WebSocket(`${running.wsBase}/${s.w.workshopId}?token=${token}`);
  const doc = new Y.Doc();
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once("close", (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise((resolve) => socket.once("open", resolve));
  socket.send(syncStep1(new Y.Doc())); // ask for everything
  await new Promise<void>((resolve) =>
    socket.on("message", (data: Buffer) => {
      const bytes = new Uint8Array(data);
      if (bytes[0] === 0 && bytes[1] === 1) {
        Y.applyUpdate(doc, bytes.subarray(2 + lengthBytes(bytes, 2)), "server");
        resolve();
      }
    }),
  );
  const updates: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array, origin: unknown) => origin !== "server" && updates.push(u));
  change(doc);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeUpdate(encoder, Y.mergeUpdates(updates));
  // Accepted changes are acknowledged with Troc's "stored" message (type 100): then close.
  socket.on("message", (data: Buffer) => {
    if (data[0] === 100) socket.close(1000, "stored");
  });
  socket.send(encoding.toUint8Array(encoder));
  return closed;
}

function syncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** Bytes taken by the varUint length prefix at `offset`. */
function lengthBytes(bytes: Uint8Array, offset: number): number {
  let n = 0;
  while ((bytes[offset + n] ?? 0) & 0x80) n++;
  return n + 1;
}

/** The document as storage holds it, i.e. as a restarted server would load it. */
async function storedJson(workshopId: string): Promise<unknown> {
  const storage = openSqliteStorage(running.dataDir);
  const stored = await storage.loadDocument(workshopId);
  await storage.close();
  const doc = new Y.Doc();
  for (const update of [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates]) {
    Y.applyUpdate(doc, update);
  }
  return json(doc);
}

/** A document's roots as JSON (Y.Doc.toJSON lists only roots this copy has opened). */
function json(doc: Y.Doc): unknown {
  return Object.fromEntries(
    ["meta", "notes", "families"].map((root) => [root, doc.getMap(root).toJSON()]),
  );
}

const notes = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>("notes");

const refused: [string, (s: Setup, doc: Y.Doc) => void][] = [
  ["editing another person's note", (s, doc) => notes(doc).get(s.bobNote)?.set("text", "pwned")],
  ["deleting another person's note", (s, doc) => notes(doc).delete(s.bobNote)],
  ["setting familyId", (s, doc) => notes(doc).get(s.bobNote)?.set("familyId", s.family)],
  ["creating a family", (_s, doc) => createFamily(doc, { name: "Pirates", color: "rose" })],
  [
    "renaming a family",
    (s, doc) => (doc.getMap("families").get(s.family) as Y.Map<unknown>).set("name", "X"),
  ],
  ["deleting a family", (s, doc) => doc.getMap("families").delete(s.family)],
  ["changing the phase", (_s, doc) => setPhase(doc, "closed")],
  ["changing the title", (_s, doc) => doc.getMap("meta").set("title", "Mine")],
  [
    "writing someone else's interest",
    (s, doc) =>
      (notes(doc).get(s.bobNote)?.get("interested") as Y.Map<boolean> | undefined)?.set(
        "p-someone",
        true,
      ),
  ],
  [
    "creating a note as someone else",
    (_s, doc) => addNote(doc, { text: "x", color: "pink", authorId: "p-bob", authorName: "Bob" }),
  ],
  ["writing to an unknown root", (_s, doc) => doc.getMap("hack").set("a", 1)],
  ["re-initialising the workshop", (_s, doc) => initWorkshop(doc, { title: "Hijacked" })],
];

describe("forbidden changes from a participant", () => {
  it.each(refused)(
    "refuses %s with 4403, nothing applied, stored or relayed",
    async (_name, change) => {
      const s = await setup();
      const before = JSON.stringify(s.board.doc.toJSON());
      const result = await forge(s, s.alice.participantToken, (doc) => change(s, doc));
      expect(result.code).toBe(4403);
      expect(result.reason).not.toBe("");
      // A later, allowed change still reaches the board: the room goes on, unchanged.
      const after = await forge(s, s.alice.participantToken, (doc) =>
        addNote(doc, {
          text: "chanter",
          color: "yellow",
          authorId: s.alice.participantId,
          authorName: "Alice",
        }),
      );
      expect(after.code).toBe(1000);
      await waitFor(() => readNotes(s.board.doc).length === 2);
      const boardNow = s.board.doc.toJSON() as { notes: Record<string, unknown> };
      const expected = JSON.parse(before) as { notes: Record<string, unknown> };
      expect({ ...boardNow, notes: {} }).toEqual({ ...expected, notes: {} });
      expect(boardNow.notes[s.bobNote]).toEqual(expected.notes[s.bobNote]);
      s.board.provider.destroy();
    },
  );

  it("refuses any write once the workshop is closed, and keeps the store unchanged across a restart", async () => {
    const s = await setup();
    setPhase(s.board.doc, "closed");
    await new Promise((r) => setTimeout(r, 100));
    const result = await forge(s, s.alice.participantToken, (doc) =>
      addNote(doc, {
        text: "trop tard",
        color: "yellow",
        authorId: s.alice.participantId,
        authorName: "Alice",
      }),
    );
    expect(result.code).toBe(4403);
    s.board.provider.destroy();

    await running.stop();
    running = await startServer({}, running.dataDir);
    const again = connect(running.wsBase, s.w.workshopId, s.w.facilitatorKey);
    await waitFor(() => again.provider.synced);
    expect(readNotes(again.doc).map((n) => n.text)).toEqual(["négocier un contrat"]);
    again.provider.destroy();
  });
});

describe("allowed changes", () => {
  it("accepts a participant's offline edits when the phone comes back", async () => {
    const s = await setup();
    const phone = connect(running.wsBase, s.w.workshopId, s.alice.participantToken);
    await waitFor(() => phone.provider.synced);
    phone.provider.disconnect();
    const author = {
      color: "green" as const,
      authorId: s.alice.participantId,
      authorName: "Alice",
    };
    const id = addNote(phone.doc, { text: "écrit hors ligne", ...author });
    addNote(phone.doc, { text: "et un autre", ...author });
    (notes(phone.doc).get(s.bobNote)?.get("interested") as Y.Map<boolean> | undefined)?.set(
      s.alice.participantId,
      true,
    );
    notes(phone.doc).get(id)?.set("text", "écrit hors ligne, corrigé");
    // Meanwhile the facilitator sorts Bob's note.
    notes(s.board.doc).get(s.bobNote)?.set("familyId", s.family);
    await new Promise((r) => setTimeout(r, 100));
    phone.provider.connect();
    await waitFor(() => readNotes(s.board.doc).length === 3, 5000, "offline notes on the board");
    expect(readNotes(s.board.doc).map((n) => n.text)).toContain("écrit hors ligne, corrigé");
    expect(readNotes(s.board.doc).find((n) => n.id === s.bobNote)).toMatchObject({
      familyId: s.family,
      interested: [s.alice.participantId],
    });
    expect(await storedJson(s.w.workshopId)).toEqual(json(s.board.doc));
    phone.provider.destroy();
    s.board.provider.destroy();
  });
});
