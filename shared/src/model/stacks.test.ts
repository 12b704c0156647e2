import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { TrocInputError, TrocNotFoundError } from "../errors";
import { skillsMapSchema } from "../export/skillsMapSchema";
import { toSkillsMap } from "../export/toSkillsMap";
import { noteFieldsSchema } from "../schema/note";
import { notesMap } from "../schema/roots";
import { moveNotes } from "./moveNotes";
import { addNote, deleteNote, editNote, readNote, readNotes } from "./notes";
import { countUpdates, sortingWorkshop } from "./permissionFixture";
import { readStacks, stackAuthors, stackNotes, stacksOf, unstackNote } from "./stacks";

describe("stackNotes and readStacks", () => {
  it("stacks notes under a kept one, in its family, keeping every note and author", () => {
    const { server: doc, money, alice1, alice2, bob } = sortingWorkshop();
    moveNotes(doc, [alice1], money);
    const updates = countUpdates(doc);
    stackNotes(doc, alice1, [bob, alice2, alice1]);
    expect(updates()).toBe(1);
    expect(readNotes(doc)).toHaveLength(3);
    expect(readNote(doc, bob)).toMatchObject({ stackedInto: alice1, familyId: money });
    expect(readStacks(doc)).toEqual(new Map([[alice1, [alice2, bob]]]));
    expect(stackAuthors(readNotes(doc)).get(alice1)).toEqual([
      { authorId: "p-alice", authorName: "p-alice" },
      { authorId: "p-bob", authorName: "p-bob" },
    ]);
    stackNotes(doc, alice1, [bob]);
    expect(updates()).toBe(1);
  });

  it("moves a whole stack under another kept note, one level deep", () => {
    const { server: doc, alice1, alice2, bob } = sortingWorkshop();
    stackNotes(doc, alice1, [alice2]);
    stackNotes(doc, bob, [alice1]);
    expect(readNote(doc, alice2)?.stackedInto).toBe(bob);
    expect(readStacks(doc)).toEqual(new Map([[bob, [alice1, alice2]]]));
  });

  it("refuses unknown notes and a kept note that is itself stacked, changing nothing", () => {
    const { server: doc, alice1, alice2, bob } = sortingWorkshop();
    stackNotes(doc, alice1, [alice2]);
    const updates = countUpdates(doc);
    expect(() => stackNotes(doc, "ghost", [bob])).toThrow(TrocNotFoundError);
    expect(() => stackNotes(doc, bob, [alice1, "ghost"])).toThrow(TrocNotFoundError);
    expect(() => stackNotes(doc, alice2, [bob])).toThrow(TrocInputError);
    expect(updates()).toBe(0);
  });

  it("lets stacked notes stand alone again when their kept note is deleted", () => {
    const { server: doc, alice1, alice2, bob } = sortingWorkshop();
    stackNotes(doc, alice1, [alice2, bob]);
    deleteNote(doc, alice1);
    expect(readStacks(doc)).toEqual(new Map());
    stackNotes(doc, alice2, [bob]); // alice2's left-over pointer goes
    expect(readNote(doc, alice2)?.stackedInto).toBeUndefined();
    expect(readStacks(doc)).toEqual(new Map([[alice2, [bob]]]));
  });

  it("reads chains under their last note and cycles as notes standing alone", () => {
    const note = (id: string, stackedInto?: string) => ({
      ...{ id, text: id, color: "yellow" as const, authorId: id, authorName: id },
      ...{ familyId: null, createdAt: 0, parts: [], interested: [] },
      ...(stackedInto === undefined ? {} : { stackedInto }),
    });
    const chain = [note("a"), note("b", "a"), note("c", "b")];
    expect(stacksOf(chain)).toEqual(new Map([["a", ["b", "c"]]]));
    expect(stacksOf([note("a", "b"), note("b", "a")])).toEqual(new Map());
  });
});

describe("unstackNote", () => {
  it("takes one note out, or every note out of a kept note's stack", () => {
    const { server: doc, money, alice1, alice2, bob } = sortingWorkshop();
    moveNotes(doc, [alice1], money);
    stackNotes(doc, alice1, [alice2, bob]);
    unstackNote(doc, bob);
    expect(readNote(doc, bob)).toMatchObject({ familyId: money });
    expect(readStacks(doc)).toEqual(new Map([[alice1, [alice2]]]));
    unstackNote(doc, alice1);
    expect(readStacks(doc)).toEqual(new Map());
    const updates = countUpdates(doc);
    unstackNote(doc, alice1);
    unstackNote(doc, bob);
    expect(updates()).toBe(0);
    expect(() => unstackNote(doc, "ghost")).toThrow(TrocNotFoundError);
  });
});

describe("stacked notes elsewhere", () => {
  it("read the same through the fast path and the zod reader", () => {
    const { server: doc, alice1, alice2 } = sortingWorkshop();
    stackNotes(doc, alice1, [alice2]);
    const { parts, interested, ...fields } = readNote(doc, alice2) ?? { parts: [], interested: [] };
    const raw = Object.fromEntries(
      [...(notesMap(doc).get(alice2)?.entries() ?? [])].filter(
        ([, v]) => !(v instanceof Y.AbstractType),
      ),
    );
    expect(fields).toEqual(noteFieldsSchema.parse(raw));
  });

  it("still export as valid skills, one per note (the skills map has one author per skill)", () => {
    const { server: doc, money, alice1, alice2, bob } = sortingWorkshop();
    moveNotes(doc, [alice1], money);
    stackNotes(doc, alice1, [alice2, bob]);
    const map = skillsMapSchema.parse(toSkillsMap(doc));
    expect(map.families[0]?.skills.map((s) => s.id)).toEqual([alice1, alice2, bob]);
  });
});

describe("stacks and permissions", () => {
  it("only the facilitator stacks and unstacks", () => {
    const w = sortingWorkshop();
    expect(w.verdicts((doc) => stackNotes(doc, w.alice1, [w.alice2]))).toEqual({
      participant: expect.objectContaining({ rule: "note-field" }),
      facilitator: null,
    });
    stackNotes(w.server, w.alice1, [w.alice2]);
    expect(w.verdicts((doc) => unstackNote(doc, w.alice2))).toEqual({
      participant: expect.objectContaining({ rule: "note-field" }),
      facilitator: null,
    });
  });

  it("a participant may not create a note already stacked", () => {
    const w = sortingWorkshop();
    const { participant } = w.verdicts((doc) => {
      const id = addNote(doc, {
        text: "doublon",
        color: "pink",
        authorId: "p-alice",
        authorName: "A",
      });
      notesMap(doc).get(id)?.set("stackedInto", w.bob);
    });
    expect(participant).toMatchObject({ rule: "note-field" });
  });

  it("a participant still edits and deletes their own stacked or kept notes", () => {
    const w = sortingWorkshop();
    stackNotes(w.server, w.alice1, [w.alice2, w.bob]);
    const edit = w.verdicts((doc) =>
      editNote(doc, w.alice2, { text: "subventions", color: "green" }),
    );
    expect(edit.participant).toBeNull();
    expect(w.verdicts((doc) => deleteNote(doc, w.alice1)).participant).toBeNull();
  });
});
