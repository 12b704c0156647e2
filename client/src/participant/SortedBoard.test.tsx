import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  addNote,
  createFamily,
  initWorkshop,
  moveNote,
  readFamilies,
  setSpotlight,
} from "@troc/shared";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { DRAWN_WHOLE, REVEAL_STEP } from "../components/revealSteps";
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
    const doc = bigBoard(DRAWN_WHOLE + 50);
    renderOnBoard(<SortedBoard doc={doc} participantId="p-me" exchange={false} />, doc);
    expect(drawnNotes()).toBe(REVEAL_STEP);
    // Board order: the families first (Gestion's 50 notes, then Animation's), the pool last.
    const gestion = screen.getByRole("region", { name: "Gestion" });
    expect(within(gestion).getAllByText(/^compétence \d+$/)).toHaveLength(REVEAL_STEP);
    expect(screen.queryByRole("region", { name: "Animation" })).toBeNull();

    const more = () => screen.getByRole("button", { name: "Afficher les post-its suivants" });
    await user.click(more());
    expect(drawnNotes()).toBe(2 * REVEAL_STEP);
    while (drawnNotes() <= 50) await user.click(more());
    // Past Gestion's 50, the rest of the drawn notes are Animation's first ones.
    expect(within(gestion).getAllByText(/^compétence \d+$/)).toHaveLength(50);
    const animation = screen.getByRole("region", { name: "Animation" });
    expect(within(animation).getAllByText(/^compétence \d+$/)).toHaveLength(drawnNotes() - 50);
    while (screen.queryByRole("button", { name: "Afficher les post-its suivants" }))
      await user.click(more());
    expect(await screen.findByText(`compétence ${DRAWN_WHOLE + 49}`)).toBeTruthy();
    expect(drawnNotes()).toBe(DRAWN_WHOLE + 50);
  });

  it("draws the group's notes a few screens at a time", async () => {
    const user = userEvent.setup();
    const doc = bigBoard(DRAWN_WHOLE + 1);
    renderOnBoard(<GroupNotes doc={doc} participantId="p-me" silent={false} />, doc);
    expect(drawnNotes()).toBe(REVEAL_STEP);
    await user.click(screen.getByRole("button", { name: "Afficher les post-its suivants" }));
    expect(drawnNotes()).toBe(2 * REVEAL_STEP);
  });

  it("draws a usual workshop's notes whole, with nothing more to reveal", () => {
    const doc = bigBoard(DRAWN_WHOLE);
    renderOnBoard(<SortedBoard doc={doc} participantId="p-me" exchange={false} />, doc);
    expect(drawnNotes()).toBe(DRAWN_WHOLE);
    expect(screen.queryByRole("button", { name: "Afficher les post-its suivants" })).toBeNull();
  });
});

describe("following the facilitator (follow me)", () => {
  afterEach(() => {
    // jsdom has no scrollIntoView: each test lends one.
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });
  const family = (doc: Y.Doc, name: string) =>
    readFamilies(doc).find((f) => f.name === name)?.id ?? "";

  it("says what is shown; a following phone scrolls to it, even far down a big board", async () => {
    const user = userEvent.setup();
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled(this.getAttribute("data-family-id") ?? this.getAttribute("data-note-id"));
    };
    const doc = bigBoard(DRAWN_WHOLE + 50);
    renderOnBoard(<SortedBoard doc={doc} participantId="p-me" exchange={false} />, doc);
    expect(screen.queryByRole("status")).toBeNull();
    act(() => setSpotlight(doc, family(doc, "Animation")));
    expect((await screen.findByRole("status")).textContent).toBe(
      "L'animation montre « Animation »",
    );
    // Animation comes after Gestion's 50 notes: drawn now, though only 24 were at first.
    expect(screen.getByRole("region", { name: "Animation" })).toBeTruthy();
    expect(scrolled).not.toHaveBeenCalled();
    await user.click(screen.getByRole("checkbox", { name: "Suivre l'animation" }));
    await vi.waitFor(() => expect(scrolled).toHaveBeenLastCalledWith(family(doc, "Animation")));
    act(() => setSpotlight(doc, family(doc, "Gestion")));
    await vi.waitFor(() => expect(scrolled).toHaveBeenLastCalledWith(family(doc, "Gestion")));
  });

  it("scrolls a phone that does not follow only when asked (« Voir »)", async () => {
    const user = userEvent.setup();
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled(this.getAttribute("data-family-id"));
    };
    const doc = bigBoard(10);
    renderOnBoard(<SortedBoard doc={doc} participantId="p-me" exchange={false} />, doc);
    act(() => setSpotlight(doc, family(doc, "Gestion")));
    await screen.findByRole("status");
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(scrolled).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Voir" }));
    expect(scrolled).toHaveBeenCalledWith(family(doc, "Gestion"));
    act(() => setSpotlight(doc, null));
    await vi.waitFor(() => expect(screen.queryByRole("status")).toBeNull());
  });
});
