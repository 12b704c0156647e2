import {
  addNote,
  createFamily,
  deleteFamily,
  deleteNote,
  editNote,
  initWorkshop,
  moveNote,
} from "@troc/shared";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { createStoredTracker } from "../sync/storedTracker";
import type { Scheduler } from "./bindDocToStore";
import { beforeNextFrame, bindDocToStore } from "./bindDocToStore";
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

/** Flushes remote changes at once: these tests read the store right after each change. */
const immediately: Scheduler = (flush) => {
  flush();
  return () => {};
};

/** Frames drawn by hand: `draw()` runs what waits for the next frame. */
function manualFrames() {
  let waiting: (() => void)[] = [];
  const schedule: Scheduler = (flush) => {
    waiting.push(flush);
    return () => {
      waiting = waiting.filter((each) => each !== flush);
    };
  };
  const draw = () => {
    const now = waiting;
    waiting = [];
    for (const flush of now) flush();
  };
  return { schedule, draw, waiting: () => waiting.length };
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
    bindDocToStore(local, store, createStoredTracker(), immediately);
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
    bindDocToStore(local, store, createStoredTracker(), immediately);
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

describe("bindDocToStore, changes from elsewhere", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("reach the store once per frame, however many arrive between two frames", () => {
    const { local, remote } = replicas();
    const store = createBoardStore();
    const frames = manualFrames();
    bindDocToStore(local, store, createStoredTracker(), frames.schedule);
    const updates = vi.fn();
    store.subscribe(updates);
    const ids = ["chanter", "coudre", "jardiner"].map((text) =>
      addNote(remote, { ...author, text, color: "yellow" }),
    );
    expect(updates).not.toHaveBeenCalled();
    expect(frames.waiting()).toBe(1);
    frames.draw();
    expect(updates).toHaveBeenCalledTimes(1);
    expect(ids.map((id) => store.getState().notes[id]?.text)).toEqual([
      "chanter",
      "coudre",
      "jardiner",
    ]);
    frames.draw();
    expect(updates).toHaveBeenCalledTimes(1);
  });

  it("go with the page's own change, which reaches the store at once", () => {
    const { local, remote } = replicas();
    const store = createBoardStore();
    const frames = manualFrames();
    bindDocToStore(local, store, createStoredTracker(), frames.schedule);
    const theirs = addNote(remote, { ...author, text: "chanter", color: "yellow" });
    const mine = addNote(local, { ...author, text: "coudre", color: "blue" });
    expect(store.getState().notes[mine]?.text).toBe("coudre");
    expect(store.getState().notes[theirs]?.text).toBe("chanter");
    expect(frames.waiting()).toBe(0);
  });

  it("still arrive when the page draws no frames (a hidden tab)", async () => {
    vi.stubGlobal("requestAnimationFrame", () => 1);
    vi.stubGlobal("cancelAnimationFrame", () => {});
    const { local, remote } = replicas();
    const store = createBoardStore();
    bindDocToStore(local, store, createStoredTracker(), beforeNextFrame);
    // A change in each of several fallback periods: every one arrives.
    for (const text of ["chanter", "coudre", "jardiner"]) {
      const id = addNote(remote, { ...author, text, color: "yellow" });
      expect(store.getState().notes[id]).toBeUndefined();
      await vi.waitFor(() => expect(store.getState().notes[id]?.text).toBe(text));
    }
  });

  it("are dropped when unbound before the frame", () => {
    const { local, remote } = replicas();
    const store = createBoardStore();
    const frames = manualFrames();
    const unbind = bindDocToStore(local, store, createStoredTracker(), frames.schedule);
    addNote(remote, { ...author, text: "chanter", color: "yellow" });
    unbind();
    expect(frames.waiting()).toBe(0);
    expect(store.getState().notes).toEqual({});
  });
});
