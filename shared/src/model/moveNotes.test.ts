import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { TrocNotFoundError } from "../errors";
import { notesMap } from "../schema/roots";
import { moveNotes } from "./moveNotes";
import { moveNote, readNote } from "./notes";
import { countUpdates, sortingWorkshop } from "./permissionFixture";
import { stackNotes } from "./stacks";

const familyOf = (doc: Y.Doc, id: string) => readNote(doc, id)?.familyId;

describe("moveNotes", () => {
  it("moves several notes in one transaction, undone in one step", () => {
    const { server: doc, money, alice1, alice2, bob } = sortingWorkshop();
    const undo = new Y.UndoManager(notesMap(doc));
    const updates = countUpdates(doc);
    moveNotes(doc, [alice1, alice2, bob], money);
    expect([alice1, alice2, bob].map((id) => familyOf(doc, id))).toEqual([money, money, money]);
    expect(updates()).toBe(1);
    undo.undo();
    expect([alice1, alice2, bob].map((id) => familyOf(doc, id))).toEqual([null, null, null]);
  });

  it("writes only the notes not there yet, and nothing when all are", () => {
    const { server: doc, money, alice1, alice2 } = sortingWorkshop();
    moveNotes(doc, [alice1], money);
    const before = Y.encodeStateVector(doc);
    moveNotes(doc, [alice1, alice2], money);
    const diff = Y.decodeUpdate(Y.encodeStateAsUpdate(doc, before));
    expect(diff.structs).toHaveLength(1); // alice2's familyId only
    const updates = countUpdates(doc);
    moveNotes(doc, [alice1, alice2, alice1], money);
    moveNotes(doc, [], null);
    expect(updates()).toBe(0);
  });

  type Args = (w: ReturnType<typeof sortingWorkshop>) => [string[], string | null];
  const unknown: [string, Args][] = [
    ["an unknown family", (w) => [[w.alice1], "ghost"]],
    ["an unknown note among known ones", (w) => [[w.alice1, "ghost", w.bob], w.money]],
  ];
  it.each(unknown)("throws on %s before changing anything", (_case, args) => {
    const w = sortingWorkshop();
    const [ids, familyId] = args(w);
    const updates = countUpdates(w.server);
    expect(() => moveNotes(w.server, ids, familyId)).toThrow(TrocNotFoundError);
    expect(updates()).toBe(0);
  });

  it("brings the notes stacked under a moved note; a stacked note moved alone leaves its stack", () => {
    const { server: doc, money, talk, alice1, alice2, bob } = sortingWorkshop();
    stackNotes(doc, alice1, [alice2, bob]);
    moveNotes(doc, [alice1], money);
    expect([alice1, alice2, bob].map((id) => familyOf(doc, id))).toEqual([money, money, money]);
    moveNote(doc, alice1, talk);
    expect([alice1, alice2, bob].map((id) => familyOf(doc, id))).toEqual([talk, talk, talk]);
    moveNotes(doc, [bob], null);
    expect(readNote(doc, bob)).toMatchObject({ familyId: null });
    expect(readNote(doc, bob)?.stackedInto).toBeUndefined();
    expect(readNote(doc, alice2)?.stackedInto).toBe(alice1);
  });

  it("keeps a stacked note in its stack when its kept note moves with it", () => {
    const { server: doc, money, alice1, alice2 } = sortingWorkshop();
    stackNotes(doc, alice1, [alice2]);
    moveNotes(doc, [alice2, alice1], money);
    expect(readNote(doc, alice2)).toMatchObject({ familyId: money, stackedInto: alice1 });
  });

  it("from a participant is refused; from the facilitator, accepted", () => {
    const w = sortingWorkshop();
    expect(w.verdicts((doc) => moveNotes(doc, [w.alice1, w.alice2], w.money))).toEqual({
      participant: expect.objectContaining({ rule: "note-field" }),
      facilitator: null,
    });
    expect(w.verdicts((doc) => moveNotes(doc, [w.alice1, w.bob], w.money))).toEqual({
      participant: expect.objectContaining({
        rule: expect.stringMatching(/note-field|other-note/),
      }),
      facilitator: null,
    });
  });
});
