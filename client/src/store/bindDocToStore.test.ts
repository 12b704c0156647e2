import {
  addNote,
  createFamily,
  deleteFamily,
  deleteNote,
  editNote,
  initWorkshop,
  moveNote,
} from "@troc/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createStoredTracker } from "../sync/storedTracker";
import { bindDocToStore } from "./bindDocToStore";
import { createBoardStore } from "./boardStore";

const author = { authorId: "p1", authorName: "Ana" };

/** Two replicas kept in sync, as the relay would: `remote` writes, `local` is bound. */
function replicas() {
  const local = new Y.Doc();
  const remote = new Y.Doc();
  remote.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== "from-local") Y.applyUpdate(local, update, "from-remote");
  });
  local.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== "from-remote") Y.applyUpdate(remote, update, "from-local");
  });
  return { local, remote };
}

describe("bindDocToStore", () => {
  it("reads what the document already holds", () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: "Atelier Strasbourg" });
    const familyId = createFamily(doc, { name: "Financements", color: "amber" });
    const noteId = addNote(doc, { ...author, text: "chercher des subventions", color: "green" });
    const store = createBoardStore();
    bindDocToStore(doc, store, createStoredTracker());
    const state = store.getState();
    expect(state.meta?.title).toBe("Atelier Strasbourg");
    expect(state.families.map((f) => f.id)).toEqual([familyId]);
    expect(state.notes[noteId]?.text).toBe("chercher des subventions");
  });

  it("re-reads only the note a remote change touched", () => {
    const { local, remote } = replicas();
    const a = addNote(remote, { ...author, text: "négocier un contrat", color: "yellow" });
    const b = addNote(remote, { ...author, text: "yoga", color: "pink" });
    const store = createBoardStore();
    bindDocToStore(local, store, createStoredTracker());
    const before = store.getState().notes;

    editNote(remote, a, { text: "négocier un découvert autorisé" });

    const after = store.getState().notes;
    expect(after).not.toBe(before);
    expect(after[a]?.text).toBe("négocier un découvert autorisé");
    expect(after[a]).not.toBe(before[a]);
    expect(after[b]).toBe(before[b]);
  });

  it("follows notes added, moved and deleted, and family changes", () => {
    const { local, remote } = replicas();
    const store = createBoardStore();
    bindDocToStore(local, store, createStoredTracker());
    const familyId = createFamily(remote, { name: "Négociation", color: "teal" });
    const noteId = addNote(remote, { ...author, text: "négocier un contrat", color: "blue" });
    expect(store.getState().families.map((f) => f.name)).toEqual(["Négociation"]);
    moveNote(remote, noteId, familyId);
    expect(store.getState().notes[noteId]?.familyId).toBe(familyId);
    deleteNote(remote, noteId);
    expect(store.getState().notes).toEqual({});
    expect(store.getState().stored).toEqual({});
    deleteFamily(remote, familyId);
    expect(store.getState().families).toEqual([]);
  });

  it("keeps stored flags in step with the stored vector", () => {
    const doc = new Y.Doc();
    const stored = createStoredTracker();
    const store = createBoardStore();
    bindDocToStore(doc, store, stored);
    const storeAll = () => stored.merge(Y.decodeStateVector(Y.encodeStateVector(doc)));

    const noteId = addNote(doc, { ...author, text: "parler espagnol", color: "orange" });
    expect(store.getState().stored[noteId]).toBe(false);

    storeAll();
    expect(store.getState().stored[noteId]).toBe(true);

    editNote(doc, noteId, { text: "parler espagnol et italien" });
    expect(store.getState().stored[noteId]).toBe(false);

    storeAll();
    expect(store.getState().stored[noteId]).toBe(true);
  });

  it("stops listening once unbound", () => {
    const doc = new Y.Doc();
    const store = createBoardStore();
    const unbind = bindDocToStore(doc, store, createStoredTracker());
    unbind();
    addNote(doc, { ...author, text: "chanter", color: "purple" });
    expect(store.getState().notes).toEqual({});
  });
});
