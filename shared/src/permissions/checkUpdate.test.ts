import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createFamily, renameFamily } from "../model/families";
import { initWorkshop, setPhase } from "../model/meta";
import { addNote, deleteNote, editNote, moveNote } from "../model/notes";
import type { Actor } from "./actor";
import { changesNothing, checkUpdate } from "./checkUpdate";

const facilitator: Actor = { role: "facilitator" };
const alice: Actor = { role: "participant", participantId: "p-alice" };
const note = (authorId: string, text: string) => ({
  text,
  color: "yellow" as const,
  authorId,
  authorName: authorId,
});

/** A server document and client copies of it; changes travel as explicit updates. */
function workshop() {
  const server = new Y.Doc();
  initWorkshop(server, { title: "Atelier" });
  const family = createFamily(server, { name: "Financements", color: "amber" });
  const bobNote = addNote(server, note("p-bob", "négocier un contrat"));
  const aliceNote = addNote(server, note("p-alice", "chanter"));
  const clone = () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    return doc;
  };
  /** Runs `change` on a fresh client copy and returns the update it produced. */
  const updateOf = (change: (doc: Y.Doc) => void): Uint8Array => {
    const doc = clone();
    const updates: Uint8Array[] = [];
    doc.on("update", (u: Uint8Array) => updates.push(u));
    change(doc);
    return Y.mergeUpdates(updates);
  };
  return { server, family, bobNote, aliceNote, clone, updateOf };
}

const notesOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>("notes");

/** A nested type of a note, as a forged client would reach it with plain Yjs. */
function nested<T>(doc: Y.Doc, noteId: string, key: "parts" | "interested"): T {
  const value = notesOf(doc).get(noteId)?.get(key);
  if (!value) throw new Error(`note ${noteId} has no ${key}`);
  return value as T;
}

type Case = [string, (w: ReturnType<typeof workshop>, doc: Y.Doc) => void, string];

describe("checkUpdate: what a participant may do", () => {
  const allowed: [string, (w: ReturnType<typeof workshop>, doc: Y.Doc) => void][] = [
    ["add a note of their own", (_w, doc) => addNote(doc, note("p-alice", "faire du yoga"))],
    [
      "add a note with category and kind",
      (_w, doc) =>
        addNote(doc, { ...note("p-alice", "parler espagnol"), category: "perso", kind: "offer" }),
    ],
    [
      "edit the text and colour of their note",
      (w, doc) => editNote(doc, w.aliceNote, { text: "chanter juste", color: "pink" }),
    ],
    [
      "set category and kind on their note",
      (w, doc) => editNote(doc, w.aliceNote, { category: "pro", kind: null }),
    ],
    [
      "write a note on two lines, in Arabic, with an emoji, even sent with a stray control",
      (_w, doc) => addNote(doc, note("p-alice", "ركوب الدراجة\nà vélo 🚲\u202e\u0000")),
    ],
    ["delete their note", (w, doc) => deleteNote(doc, w.aliceNote)],
    [
      "add, edit and remove parts of their note",
      (w, doc) => {
        const parts = nested<Y.Array<Y.Map<unknown>>>(doc, w.aliceNote, "parts");
        const part = new Y.Map<unknown>();
        part.set("type", "savoir");
        part.set("text", "solfège");
        parts.push([part]);
        part.set("text", "lire une partition");
        const second = new Y.Map<unknown>();
        second.set("type", "savoir-etre");
        second.set("text", "oser");
        parts.push([second]);
        parts.delete(0, 1);
      },
    ],
    [
      "mark and unmark their interest in someone else's note",
      (w, doc) => {
        const interested = nested<Y.Map<boolean>>(doc, w.bobNote, "interested");
        interested.set("p-alice", true);
        interested.delete("p-alice");
      },
    ],
    [
      "create a note and delete it in one offline batch",
      (_w, doc) => {
        const id = addNote(doc, note("p-alice", "éphémère"));
        deleteNote(doc, id);
      },
    ],
  ];

  it.each(allowed)("allows: %s", (_name, change) => {
    const w = workshop();
    const update = w.updateOf((doc) => change(w, doc));
    expect(checkUpdate(w.server, update, alice)).toBeNull();
  });

  const refused: Case[] = [
    [
      "edit another person's note",
      (w, doc) => editNote(doc, w.bobNote, { text: "hacked" }),
      "other-note",
    ],
    ["delete another person's note", (w, doc) => deleteNote(doc, w.bobNote), "other-note"],
    [
      "sort their own note into a family",
      (w, doc) => moveNote(doc, w.aliceNote, w.family),
      "note-field",
    ],
    ["move another person's note", (w, doc) => moveNote(doc, w.bobNote, null), "other-note"],
    [
      "create a family",
      (_w, doc) => createFamily(doc, { name: "Pirates", color: "rose" }),
      "families",
    ],
    ["rename a family", (w, doc) => renameFamily(doc, w.family, "Argent"), "families"],
    ["delete a family", (w, doc) => doc.getMap("families").delete(w.family), "families"],
    ["change the phase", (_w, doc) => setPhase(doc, "closed"), "meta"],
    ["change the title", (_w, doc) => doc.getMap("meta").set("title", "Mine"), "meta"],
    [
      "write someone else's interest",
      (w, doc) => nested<Y.Map<boolean>>(doc, w.bobNote, "interested").set("p-carol", true),
      "interested",
    ],
    [
      "write an interest that is not true",
      (w, doc) => nested<Y.Map<unknown>>(doc, w.bobNote, "interested").set("p-alice", "yes"),
      "interested",
    ],
    ["create a note as someone else", (_w, doc) => addNote(doc, note("p-bob", "usurpé")), "author"],
    [
      "create a note already sorted",
      (w, doc) => {
        const id = addNote(doc, note("p-alice", "triée"));
        notesOf(doc).get(id)?.set("familyId", w.family);
      },
      "note-field",
    ],
    [
      "add a part to another person's note",
      (w, doc) => {
        const part = new Y.Map<unknown>();
        part.set("type", "savoir");
        nested<Y.Array<unknown>>(doc, w.bobNote, "parts").push([part]);
      },
      "other-note",
    ],
    [
      "replace another person's note with their own",
      (w, doc) => addNote(doc, note("p-alice", "remplacée"), { id: w.bobNote }),
      "other-note",
    ],
    [
      "rewrite the author of their note",
      (w, doc) => notesOf(doc).get(w.aliceNote)?.set("authorId", "p-bob"),
      "note-field",
    ],
    [
      "write an over-long text",
      (w, doc) => notesOf(doc).get(w.aliceNote)?.set("text", "x".repeat(281)),
      "note-field",
    ],
    [
      "write a text with a right-to-left override (the board would show it backwards)",
      (w, doc) => notesOf(doc).get(w.aliceNote)?.set("text", "\u202eelbissopmi"),
      "note-field",
    ],
    [
      "write a text with a NUL character",
      (w, doc) => notesOf(doc).get(w.aliceNote)?.set("text", "a\u0000b"),
      "note-field",
    ],
    [
      "create a note dated beyond what a date can print (every export would fail)",
      (_w, doc) => addNote(doc, note("p-alice", "datée"), { now: 1e300 }),
      "note-field",
    ],
    [
      "create a note dated at a fraction of a millisecond",
      (_w, doc) => addNote(doc, note("p-alice", "datée"), { now: 1.5 }),
      "note-field",
    ],
    [
      "add an unknown field",
      (w, doc) => notesOf(doc).get(w.aliceNote)?.set("pinned", true),
      "note-field",
    ],
    ["write to an unknown root", (_w, doc) => doc.getMap("secrets").set("x", 1), "unknown-root"],
  ];

  it.each(refused)("refuses: %s", (_name, change, rule) => {
    const w = workshop();
    const before = Y.encodeStateAsUpdate(w.server);
    const update = w.updateOf((doc) => change(w, doc));
    expect(checkUpdate(w.server, update, alice)).toMatchObject({ rule });
    expect(Y.encodeStateAsUpdate(w.server)).toEqual(before);
  });

  it("refuses any write in phase closed, but not an empty sync", () => {
    const w = workshop();
    setPhase(w.server, "closed");
    expect(
      checkUpdate(
        w.server,
        w.updateOf((doc) => addNote(doc, note("p-alice", "tard"))),
        alice,
      ),
    ).toMatchObject({
      rule: "closed",
    });
    expect(checkUpdate(w.server, Y.encodeStateAsUpdate(w.server), alice)).toBeNull();
  });

  it("allows offline edits that arrive later, after others changed the board", () => {
    const w = workshop();
    const phone = w.clone();
    const offline: Uint8Array[] = [];
    phone.on("update", (u: Uint8Array) => offline.push(u));
    const id = addNote(phone, note("p-alice", "écrit hors ligne"));
    editNote(phone, w.aliceNote, { text: "chanter faux" });
    editNote(phone, id, { kind: "need" });
    // Meanwhile the facilitator sorts Alice's older note.
    moveNote(w.server, w.aliceNote, w.family);
    expect(checkUpdate(w.server, Y.mergeUpdates(offline), alice)).toBeNull();
  });

  it("refuses deletes of content the server does not have, and gaps ahead of its state", () => {
    const w = workshop();
    const future = new Y.Doc();
    future.clientID = w.server.clientID;
    Y.applyUpdate(future, Y.encodeStateAsUpdate(w.server));
    const sv = Y.encodeStateVector(w.server);
    addNote(future, note("p-alice", "a"));
    const ahead = Y.encodeStateAsUpdate(future, sv);
    addNote(future, note("p-alice", "b"));
    // Only the second change: it starts beyond what the server has.
    const gap = Y.diffUpdate(
      Y.encodeStateAsUpdate(future),
      Y.encodeStateVectorFromUpdate(Y.mergeUpdates([Y.encodeStateAsUpdate(w.server), ahead])),
    );
    expect(checkUpdate(w.server, gap, alice)).toMatchObject({ rule: "unknown-target" });

    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(future));
    const deletes: Uint8Array[] = [];
    forged.on("update", (u: Uint8Array) => deletes.push(u));
    notesOf(forged).forEach((_n, key) => {
      if (notesOf(w.server).has(key)) return;
      notesOf(forged).delete(key);
    });
    const onlyDeletes = Y.diffUpdate(Y.mergeUpdates(deletes), Y.encodeStateVector(forged));
    expect(checkUpdate(w.server, onlyDeletes, alice)).toMatchObject({ rule: "unknown-target" });
  });

  it("refuses bytes that are not an update", () => {
    expect(checkUpdate(workshop().server, new Uint8Array([9, 9, 9]), alice)).toMatchObject({
      rule: "malformed",
    });
  });
});

describe("checkUpdate: the facilitator", () => {
  it("may change everything on the board", () => {
    const w = workshop();
    const update = w.updateOf((doc) => {
      moveNote(doc, w.bobNote, w.family);
      editNote(doc, w.aliceNote, { text: "chanter en chœur" });
      createFamily(doc, { name: "Compétences perso", color: "lime" });
      setPhase(doc, "sorting");
      deleteNote(doc, w.bobNote);
    });
    expect(checkUpdate(w.server, update, facilitator)).toBeNull();
  });

  it("may not write to an unknown root either", () => {
    const w = workshop();
    expect(
      checkUpdate(
        w.server,
        w.updateOf((doc) => doc.getArray("junk").push([1])),
        facilitator,
      ),
    ).toMatchObject({
      rule: "unknown-root",
    });
  });
});

describe("checkUpdate: limits", () => {
  it("refuses a note past the per-participant cap, counting notes already on the board", () => {
    const w = workshop(); // Alice has one note already
    const one = w.updateOf((doc) => addNote(doc, note("p-alice", "deux")));
    expect(checkUpdate(w.server, one, alice, { maxNotesPerParticipant: 2 })).toBeNull();
    const two = w.updateOf((doc) => {
      addNote(doc, note("p-alice", "deux"));
      addNote(doc, note("p-alice", "trois"));
    });
    expect(checkUpdate(w.server, two, alice, { maxNotesPerParticipant: 2 })).toMatchObject({
      rule: "note-limit",
    });
  });
});

describe("changesNothing", () => {
  it("is true for a resent or empty update, false for a new change", () => {
    const w = workshop();
    expect(changesNothing(w.server, Y.encodeStateAsUpdate(w.server))).toBe(true);
    expect(changesNothing(w.server, Y.encodeStateAsUpdate(new Y.Doc()))).toBe(true);
    expect(
      changesNothing(
        w.server,
        w.updateOf((doc) => addNote(doc, note("p-alice", "x"))),
      ),
    ).toBe(false);
    expect(
      changesNothing(
        w.server,
        w.updateOf((doc) => deleteNote(doc, w.bobNote)),
      ),
    ).toBe(false);
  });
});

describe("checkUpdate: offline work sent as one diff (sync step 2)", () => {
  /** What a phone sends on reconnect: its whole state minus what the server has. */
  function offlineDiff(w: ReturnType<typeof workshop>, change: (doc: Y.Doc) => void): Uint8Array {
    const phone = w.clone();
    change(phone);
    return Y.encodeStateAsUpdate(phone, Y.encodeStateVector(w.server));
  }

  it("allows a note written, then corrected, while offline", () => {
    const w = workshop();
    const diff = offlineDiff(w, (doc) => {
      const id = addNote(doc, note("p-alice", "écrit hors ligne"));
      editNote(doc, id, { text: "écrit hors ligne, corrigé", color: "green" });
      editNote(doc, w.aliceNote, { text: "chanter faux" });
    });
    expect(checkUpdate(w.server, diff, alice)).toBeNull();
  });

  it("allows a note written and deleted while offline", () => {
    const w = workshop();
    const diff = offlineDiff(w, (doc) =>
      deleteNote(doc, addNote(doc, note("p-alice", "éphémère"))),
    );
    expect(checkUpdate(w.server, diff, alice)).toBeNull();
  });

  it("refuses a note created at the key of another person's note the phone never saw", () => {
    const w = workshop();
    const stale = new Y.Doc(); // forked before Bob's note existed
    const forged = addNote(stale, note("p-alice", "à la place de Bob"), { id: w.bobNote });
    expect(forged).toBe(w.bobNote);
    expect(checkUpdate(w.server, Y.encodeStateAsUpdate(stale), alice)).toMatchObject({
      rule: "other-note",
    });
  });
});
