import { moveNote, readNotesByAuthor, readNotesByFamily } from "@troc/shared";
import { describe, expect, it } from "vitest";
import { createStoredTracker } from "../sync/storedTracker";
import { strasbourgDoc } from "../test/strasbourgDoc";
import { bindDocToStore } from "./bindDocToStore";
import { createBoardStore } from "./boardStore";
import { makeSelectAuthorIds, selectGroupIds, selectNoteGroups } from "./selectors";

function boundStrasbourg() {
  const doc = strasbourgDoc();
  const store = createBoardStore();
  bindDocToStore(doc, store, createStoredTracker());
  return { doc, store };
}

describe("selectors", () => {
  it("group notes exactly as shared's readNotesByFamily does", () => {
    const { doc, store } = boundStrasbourg();
    const expected = new Map(
      [...readNotesByFamily(doc)].map(([key, notes]) => [key, notes.map((note) => note.id)]),
    );
    expect(new Map(selectNoteGroups(store.getState()))).toEqual(expected);
  });

  it("compute the groups once per change and give the same list to every reader", () => {
    const { doc, store } = boundStrasbourg();
    const first = selectGroupIds(null)(store.getState());
    expect(selectGroupIds(null)(store.getState())).toBe(first);
    const noteId = first[0];
    if (noteId === undefined) throw new Error("the pool is empty");
    const familyId = store.getState().families[0]?.id ?? null;
    moveNote(doc, noteId, familyId);
    expect(selectGroupIds(null)(store.getState())).not.toContain(noteId);
    expect(selectGroupIds(familyId)(store.getState())).toContain(noteId);
  });

  it("list an author's notes in shared's readNotesByAuthor order", () => {
    const { doc, store } = boundStrasbourg();
    const select = makeSelectAuthorIds("p-ana");
    expect(select(store.getState())).toEqual(readNotesByAuthor(doc, "p-ana").map((n) => n.id));
    expect(makeSelectAuthorIds("p-nobody")(store.getState())).toEqual([]);
  });
});
