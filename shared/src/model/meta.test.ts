import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { TrocInputError, TrocNotFoundError } from "../errors";
import { createFamily, readFamilies } from "./families";
import {
  cleanWorkshopInput,
  DEFAULT_PROMPT,
  initWorkshop,
  readMeta,
  setPhase,
  setSpotlight,
  spotlightTarget,
} from "./meta";
import { addNote, readNotes } from "./notes";
import { phaseShows } from "./phaseRules";
import { readTimer, startTimer } from "./timer";

describe("workshop meta", () => {
  it("reads null before the document is initialised", () => {
    expect(readMeta(new Y.Doc())).toBeNull();
  });

  it("initialises schema v1 in the writing phase with the default question", () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: "Atelier Strasbourg" }, 7);
    expect(readMeta(doc)).toEqual({
      schemaVersion: 1,
      title: "Atelier Strasbourg",
      prompt: DEFAULT_PROMPT,
      phase: "writing",
      hideOthersWhileWriting: false,
      createdAt: 7,
    });
  });

  it.each([
    [{ title: "" }, "title"],
    [{ title: "t".repeat(121) }, "title"],
    [{ prompt: "   " }, "prompt"],
  ])("refuses %o", (input, field) => {
    expect(() => cleanWorkshopInput(input)).toThrow(expect.objectContaining({ field }));
  });

  it("changes phase and refuses an unknown one", () => {
    const doc = new Y.Doc();
    initWorkshop(doc, {});
    setPhase(doc, "sorting");
    expect(readMeta(doc)?.phase).toBe("sorting");
    expect(() => setPhase(doc, "party" as never)).toThrow(TrocInputError);
  });

  it("ends a running countdown when the workshop closes, and only then", () => {
    const doc = new Y.Doc();
    initWorkshop(doc, {});
    startTimer(doc, 60_000, 1_000);
    setPhase(doc, "exchange");
    expect(readTimer(doc, 1_000)).toBe(60_000);
    setPhase(doc, "closed");
    expect(readTimer(doc, 1_000)).toBeNull();
    expect(readMeta(doc)?.phase).toBe("closed");
  });
});

describe("spotlight (follow me)", () => {
  it("points at a family or a note, resolves where it is, and stops", () => {
    const doc = new Y.Doc();
    initWorkshop(doc, {});
    const family = createFamily(doc, { name: "Financements", color: "teal" });
    const note = addNote(doc, {
      text: "chanter",
      color: "yellow",
      authorId: "p-1",
      authorName: "Léa",
    });
    const target = () => {
      const families = readFamilies(doc);
      const notes = Object.fromEntries(readNotes(doc).map((n) => [n.id, n]));
      return spotlightTarget(readMeta(doc)?.spotlight, families, notes);
    };
    expect(target()).toBeNull();
    setSpotlight(doc, family);
    expect(target()).toEqual({ kind: "family", familyId: family });
    setSpotlight(doc, note);
    expect(target()).toEqual({ kind: "note", noteId: note, familyId: null });
    setSpotlight(doc, null);
    expect(readMeta(doc)?.spotlight).toBeNull();
    expect(target()).toBeNull();
  });

  it("refuses an unknown id, and resolves to nothing what this device does not hold", () => {
    const doc = new Y.Doc();
    initWorkshop(doc, {});
    expect(() => setSpotlight(doc, "nope")).toThrow(TrocNotFoundError);
    expect(spotlightTarget("hidden-note", [], {})).toBeNull();
    // A forged value (not a string) reads as no spotlight.
    doc.getMap("meta").set("spotlight", 42);
    expect(readMeta(doc)?.spotlight).toBeUndefined();
  });
});

describe("phaseShows", () => {
  it("shows others' parts and the sorted board once writing is over, no countdown when closed", () => {
    expect(phaseShows("writing")).toMatchObject({ sortedBoard: false, othersParts: false });
    expect(phaseShows(null)).toEqual(phaseShows("writing"));
    expect(phaseShows("sorting")).toMatchObject({ sortedBoard: true, othersParts: true });
    expect(phaseShows("exchange")).toMatchObject({ interest: true, contact: true });
    expect(phaseShows("closed")).toMatchObject({
      countdown: false,
      writing: false,
      interest: false,
    });
  });
});
