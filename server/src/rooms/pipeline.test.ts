// The room's seams for running several instances of the server: the event for an update
// accepted and stored, applying an update stored elsewhere, compaction that keeps what
// another writer appended. Run in memory, without sockets or processes.
import { addNote, initWorkshop, readNotes } from "@troc/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { roomHarness } from "../test/roomHarness";
import type { StoredUpdateEvent } from "./room";

const ANA = { role: "participant", participantId: "p-ana" } as const;

function initial(): Y.Doc {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: "Atelier" });
  return doc;
}

/** Ana's note, as her phone sends it: an update from a Yjs client of her own. */
function anasNote(text: string, phone = new Y.Doc(), authorName = "Ana"): Uint8Array {
  const before = Y.encodeStateVector(phone);
  addNote(phone, { text, color: "pink", authorId: ANA.participantId, authorName });
  return Y.encodeStateAsUpdate(phone, before);
}

/** Relayed frames a fake socket received (sync "update" messages). */
const relayed = (sent: Uint8Array[]) => sent.filter((m) => m[0] === 0 && m[1] === 2);

describe("the room's seams", () => {
  it("announces each accepted update once stored, with its author and the client ids it bound", async () => {
    const events: { event: StoredUpdateEvent; storedThen: number }[] = [];
    const h = await roomHarness(initial(), {
      storage: "memory",
      onStored: (event) => {
        void h.storage
          .loadDocument(event.workshopId)
          .then((stored) => events.push({ event, storedThen: stored.updates.length }));
      },
    });
    const phone = new Y.Doc();
    const ana = h.join(ANA, "Ana");
    await ana.send(anasNote("chanter", phone));
    await ana.send(anasNote("usurpée", new Y.Doc(), "Bob")); // refused: announces nothing
    await new Promise((r) => setImmediate(r));
    expect(events).toHaveLength(1);
    const [{ event, storedThen } = { event: null, storedThen: 0 }] = events;
    expect(event).toMatchObject({ workshopId: "w-harness", author: "p-ana" });
    expect(event?.owners).toEqual(new Map([[phone.clientID, "p-ana"]]));
    expect(storedThen).toBe(2); // the workshop's first update, then Ana's: stored before told
    await h.close();
  });

  it("applies an update stored by another instance: its sockets get it, storage holds it once", async () => {
    const h = await roomHarness(initial(), { storage: "memory" });
    const other = await h.another();
    // What instance A accepts and stores, instance B applies (through Redis, later).
    const first = h.room;
    const wired = await h.another((event) => other.applyStored(event.update, event.owners));
    const board = h.join({ role: "facilitator" }, null, other);
    const ana = h.join(ANA, "Ana", wired);
    const anasPhone = new Y.Doc();
    await ana.send(anasNote("chanter", anasPhone));
    await other.drain();
    expect(readNotes(other.doc).map((n) => n.text)).toEqual(["chanter"]);
    expect(relayed(board.socket.sent)).toHaveLength(1);
    expect((await h.storage.loadDocument("w-harness")).updates).toHaveLength(2);
    // B knows the client is Ana's: Mallory writing with it on B is refused.
    const mallory = h.join({ role: "participant", participantId: "p-mallory" }, "Mallory", other);
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(other.doc));
    forged.clientID = anasPhone.clientID; // after the sync, or Yjs would pick another id
    const before = Y.encodeStateVector(forged);
    addNote(forged, {
      text: "usurpée",
      color: "pink",
      authorId: "p-mallory",
      authorName: "Mallory",
    });
    await mallory.send(Y.encodeStateAsUpdate(forged, before));
    expect(mallory.closed).toBe(4403);
    for (const room of [first, other, wired]) await room.unload();
  });

  it("compacts only up to what it stored: an update another writer appended meanwhile survives", async () => {
    const h = await roomHarness(initial(), { storage: "memory", compactEveryUpdates: 2 });
    const ana = h.join(ANA, "Ana");
    const elsewhere = await h.another();
    const bob = h.join({ role: "participant", participantId: "p-bob" }, "Bob", elsewhere);
    const bobsPhone = new Y.Doc();
    addNote(bobsPhone, { text: "budget", color: "blue", authorId: "p-bob", authorName: "Bob" });
    await bob.send(Y.encodeStateAsUpdate(bobsPhone)); // stored by the other instance only
    await ana.send(anasNote("chanter")); // this room compacts now (2 updates since loading)
    await ana.send(anasNote("cuisiner"));
    const reloaded = await h.restart();
    expect(
      readNotes(reloaded.doc)
        .map((n) => n.text)
        .sort(),
    ).toEqual(["budget", "chanter", "cuisiner"]);
    await elsewhere.unload();
    await h.close();
  });
});
