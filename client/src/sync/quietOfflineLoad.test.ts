import "fake-indexeddb/auto";
import { addNote, readNotes } from "@troc/shared";
import { describe, expect, it, vi } from "vitest";
import { IndexeddbPersistence } from "y-indexeddb";
import type { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { loadOfflineCopyQuietly } from "./quietOfflineLoad";

let copies = 0;
const note = (doc: Y.Doc, text: string) =>
  addNote(doc, { text, color: "yellow", authorId: "p-ana", authorName: "Ana" });
const texts = (doc: Y.Doc) =>
  readNotes(doc)
    .map((n) => n.text)
    .sort();

/** An offline copy holding `notes`, as a phone left it. */
async function copyWith(notes: string[]): Promise<string> {
  const name = `quiet-${++copies}`;
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  await persistence.whenSynced;
  for (const text of notes) note(doc, text);
  await vi.waitFor(async () => expect(texts(await read(name))).toEqual([...notes].sort()));
  await persistence.destroy();
  return name;
}

async function read(name: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  await persistence.whenSynced;
  await persistence.destroy();
  return doc;
}

/** A page opening the copy: the document, the copy, and a provider's update listener. */
async function reopen(name: string) {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  const sent = vi.fn();
  const provider = { _updateHandler: sent } as unknown as WebsocketProvider;
  doc.on("update", provider._updateHandler);
  const quiet = loadOfflineCopyQuietly(doc, persistence, provider);
  return { doc, persistence, sent, quiet };
}

describe("loadOfflineCopyQuietly", () => {
  it("loads the copy with no update listener, then gives the listeners every later change", async () => {
    const name = await copyWith(["parler espagnol", "jouer du ukulélé"]);
    const page = await reopen(name);
    await page.persistence.whenSynced;
    expect(texts(page.doc)).toEqual(["jouer du ukulélé", "parler espagnol"]);
    // The provider never saw the copy (nor did Yjs encode it for anyone).
    expect(page.sent).not.toHaveBeenCalled();
    page.quiet.resume();
    note(page.doc, "faire du pain");
    expect(page.sent).toHaveBeenCalledTimes(1);
    // y-indexeddb's listener is back too: the new note reaches the copy.
    await vi.waitFor(async () => expect(texts(await read(name))).toContain("faire du pain"));
    await page.persistence.destroy();
  });

  // y-indexeddb stores the document before applying the copy: what this module relies on.
  it("keeps in the copy a note typed before the copy had loaded", async () => {
    const name = await copyWith(["parler espagnol"]);
    const page = await reopen(name);
    note(page.doc, "écrit tout de suite");
    await page.persistence.whenSynced;
    page.quiet.resume();
    await vi.waitFor(async () =>
      expect(texts(await read(name))).toEqual(["parler espagnol", "écrit tout de suite"].sort()),
    );
    await page.persistence.destroy();
  });

  it("leaves the listeners off once abandoned", async () => {
    const name = await copyWith(["parler espagnol"]);
    const page = await reopen(name);
    page.quiet.abandon();
    page.quiet.resume();
    note(page.doc, "après la fermeture");
    expect(page.sent).not.toHaveBeenCalled();
    await page.persistence.destroy();
  });
});
