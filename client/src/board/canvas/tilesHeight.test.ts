import { addNote, editNote, readFamilies, readNotesByFamily, setShowAuthors } from "@troc/shared";
import { describe, expect, it } from "vitest";
import { t } from "../../i18n/i18n";
import { bindDocToStore } from "../../store/bindDocToStore";
import { createBoardStore } from "../../store/boardStore";
import { createStoredTracker } from "../../sync/storedTracker";
import { strasbourgDoc } from "../../test/strasbourgDoc";
import type { MeasureText } from "./noteHeights";
import { makeSelectTilesHeight } from "./tilesHeight";

function board() {
  const doc = strasbourgDoc();
  const store = createBoardStore();
  bindDocToStore(doc, store, createStoredTracker());
  const family = readFamilies(doc).find((f) => f.name === "Financements");
  if (!family) throw new Error("no Financements");
  return { doc, store, family, height: makeSelectTilesHeight(family.id, t) };
}

describe("makeSelectTilesHeight", () => {
  it("follows what the family's notes show: a longer text, a new note, authors hidden", () => {
    const { doc, store, family, height } = board();
    const before = height(store.getState());
    const [first] = readNotesByFamily(doc).get(family.id) ?? [];
    if (!first) throw new Error("Financements is empty");
    editNote(doc, first.id, { text: `${first.text} ${"et encore bien plus ".repeat(8)}` });
    const longer = height(store.getState());
    expect(longer).toBeGreaterThan(before);
    addNote(
      doc,
      { text: "monter un budget", color: "yellow", authorId: "p-z", authorName: "Zoé" },
      { familyId: family.id },
    );
    addNote(
      doc,
      { text: "tenir une caisse", color: "yellow", authorId: "p-z", authorName: "Zoé" },
      { familyId: family.id },
    );
    const grown = height(store.getState());
    expect(grown).toBeGreaterThan(longer);
    setShowAuthors(doc, false);
    expect(height(store.getState())).toBeLessThan(grown);
  });

  it("measures again only the notes whose text, author line or badges changed", () => {
    const { doc, store, family } = board();
    const measured: string[] = [];
    const measure: MeasureText = (text, font) => {
      measured.push(text);
      return text.length * (font === "text" ? 17 : 9);
    };
    const height = makeSelectTilesHeight(family.id, t, measure);
    const before = height(store.getState());
    expect(measured.length).toBeGreaterThan(0);
    measured.length = 0;
    // Another family's note: the same height, nothing measured.
    addNote(doc, { text: "une note au pool", color: "pink", authorId: "p-y", authorName: "Yan" });
    expect(height(store.getState())).toBe(before);
    expect(measured).toEqual([]);
    // One note of this family edited: only its words.
    const [first] = readNotesByFamily(doc).get(family.id) ?? [];
    if (!first) throw new Error("Financements is empty");
    editNote(doc, first.id, { text: "tenir la caisse" });
    height(store.getState());
    expect(new Set(measured)).toEqual(
      new Set(["tenir", "la", "caisse", " ", `par ${first.authorName}`]),
    );
  });
});
