import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { addNote, createFamily, initWorkshop, moveNote } from "@troc/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { renderOnBoard } from "../test/renderOnBoard";
import { GroupNotes } from "./GroupNotes";
import { SortedBoard } from "./SortedBoard";

/** A big workshop: `count` notes by others, the first half sorted into two families. */
function bigBoard(count: number) {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: "Plénière" });
  const families = [
    createFamily(doc, { name: "Gestion", color: "teal" }),
    createFamily(doc, { name: "Animation", color: "indigo" }),
  ];
  for (let i = 0; i < count; i++) {
    const id = addNote(
      doc,
      { text: `compétence ${i}`, color: "yellow", authorId: `p-${i}`, authorName: `P${i}` },
      { now: 1_000 + i },
    );
    if (i < count / 2) moveNote(doc, id, families[i % 2] ?? null);
  }
  return doc;
}

const drawnNotes = () => screen.getAllByText(/^compétence \d+$/).length;

describe("a phone showing a big workshop", () => {
  it("draws the sorted board a few screens at a time, and reaches the last note", async () => {
    const user = userEvent.setup();
    const doc = bigBoard(130);
    renderOnBoard(<SortedBoard doc={doc} participantId="p-me" exchange={false} />, doc);
    expect(drawnNotes()).toBe(40);
    // Board order: the families first (Gestion's notes, then Animation's), the pool last.
    const gestion = screen.getByRole("region", { name: "Gestion" });
    expect(within(gestion).getAllByText(/^compétence \d+$/)).toHaveLength(33);
    expect(screen.queryByRole("region", { name: "À classer" })).toBeNull();

    const more = screen.getByRole("button", { name: "Afficher les post-its suivants" });
    await user.click(more);
    await user.click(more);
    expect(drawnNotes()).toBe(120);
    await user.click(more);
    expect(drawnNotes()).toBe(130);
    expect(await screen.findByText("compétence 129")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Afficher les post-its suivants" })).toBeNull();
  });

  it("draws the group's notes a few screens at a time", async () => {
    const user = userEvent.setup();
    const doc = bigBoard(50);
    renderOnBoard(<GroupNotes doc={doc} participantId="p-me" silent={false} />, doc);
    expect(drawnNotes()).toBe(40);
    await user.click(screen.getByRole("button", { name: "Afficher les post-its suivants" }));
    expect(await screen.findByText("compétence 49")).toBeTruthy();
    expect(drawnNotes()).toBe(50);
  });
});
