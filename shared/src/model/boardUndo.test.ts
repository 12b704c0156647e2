import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createBoardUndoManager } from "./boardUndo";
import { createFamily, readFamilies, renameFamily } from "./families";
import { readMeta, setPhase } from "./meta";
import { moveNote, readNote } from "./notes";
import { sortingWorkshop } from "./permissionFixture";

/** A second client's change, as the provider applies it: with its own origin, not local. */
function fromElsewhere(doc: Y.Doc, change: (other: Y.Doc) => void, origin: unknown = "provider") {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(other);
  change(other);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, before), origin);
}

describe("createBoardUndoManager", () => {
  it("undoes and redoes local changes to notes and families, one step each, not meta", () => {
    const { server: doc, money, alice1 } = sortingWorkshop();
    const undo = createBoardUndoManager(doc);
    moveNote(doc, alice1, money);
    undo.stopCapturing();
    renameFamily(doc, money, "Argent");
    undo.stopCapturing();
    setPhase(doc, "exchange");
    undo.undo();
    expect(readMeta(doc)?.phase).toBe("exchange");
    expect(readFamilies(doc).find((f) => f.id === money)?.name).toBe("Financements");
    undo.undo();
    expect(readNote(doc, alice1)?.familyId).toBeNull();
    undo.redo();
    expect(readNote(doc, alice1)?.familyId).toBe(money);
  });

  it("joins the transactions of one gesture into one step", () => {
    const { server: doc, alice1 } = sortingWorkshop();
    const undo = createBoardUndoManager(doc);
    const family = createFamily(doc, { name: "Chant", color: "rose" });
    moveNote(doc, alice1, family);
    undo.undo();
    expect(readFamilies(doc).some((f) => f.id === family)).toBe(false);
    expect(readNote(doc, alice1)?.familyId).toBeNull();
  });

  it.each([
    ["the provider's origin", "provider"],
    // A remote update applied with no origin is still not local: it stays out as well.
    ["no origin", null],
  ])("never records an update applied with %s", (_case, origin) => {
    const { server: doc, money, talk, bob } = sortingWorkshop();
    const undo = createBoardUndoManager(doc);
    fromElsewhere(doc, (other) => moveNote(other, bob, talk), origin);
    expect(undo.canUndo()).toBe(false);
    moveNote(doc, bob, money);
    undo.stopCapturing();
    fromElsewhere(doc, (other) => renameFamily(other, talk, "Négos"), origin);
    undo.undo();
    expect(readNote(doc, bob)?.familyId).toBe(talk);
    expect(readFamilies(doc).find((f) => f.id === talk)?.name).toBe("Négos");
    expect(undo.canUndo()).toBe(false);
  });

  it("leaves a value someone else wrote over a local change", () => {
    const { server: doc, money, talk, bob } = sortingWorkshop();
    const undo = createBoardUndoManager(doc);
    moveNote(doc, bob, money);
    fromElsewhere(doc, (other) => moveNote(other, bob, talk));
    undo.undo();
    expect(readNote(doc, bob)?.familyId).toBe(talk);
  });
});
