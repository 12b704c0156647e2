import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { NoteRecord } from "@troc/shared";
import {
  addNote,
  editNote,
  initWorkshop,
  REFERENCE_FAMILIES,
  readFamilies,
  readNote,
  readNotesByFamily,
  setInterest,
  setPhase,
  setShowAuthors,
  stackNotes,
  unstackNote,
} from "@troc/shared";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { BoardStoreProvider } from "../../store/BoardStoreContext";
import { bindDocToStore } from "../../store/bindDocToStore";
import { createBoardStore } from "../../store/boardStore";
import { createStoredTracker } from "../../sync/storedTracker";
import { strasbourgDoc } from "../../test/strasbourgDoc";
import { DocProvider } from "../DocContext";
import { BoardWorkspace } from "./BoardWorkspace";
import { createNoteFilterStore, NoteFilter } from "./NoteFilter";

function renderBoard(doc: Y.Doc = strasbourgDoc()) {
  const store = createBoardStore();
  bindDocToStore(doc, store, createStoredTracker());
  const noteFilter = createNoteFilterStore();
  const view = render(
    <BoardStoreProvider store={store}>
      <DocProvider doc={doc}>
        <NoteFilter store={noteFilter} />
        <BoardWorkspace noteFilter={noteFilter} />
      </DocProvider>
    </BoardStoreProvider>,
  );
  return { doc, view, user: userEvent.setup() };
}

const familyId = (doc: Y.Doc, name: string): string => {
  const id = readFamilies(doc).find((family) => family.name === name)?.id;
  if (!id) throw new Error(`no family ${name}`);
  return id;
};
const poolNote = (doc: Y.Doc, text: string): NoteRecord => {
  const note = (readNotesByFamily(doc).get(null) ?? []).find((n) => n.text === text);
  if (!note) throw new Error(`no pool note ${text}`);
  return note;
};
const noteButton = (noteId: string): HTMLElement => {
  const element = document.querySelector<HTMLElement>(`[data-note-id="${noteId}"]`);
  if (!element) throw new Error(`note ${noteId} not shown`);
  return element;
};
const groupOf = (noteId: string) =>
  noteButton(noteId).closest("[data-family-id]")?.getAttribute("data-family-id");

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * jsdom lays nothing out: gives the pool and the clusters a row of boxes, left to right,
 * 400 px apart (the pool first), and returns their family ids in that order ("" the pool).
 */
function layOutInARow(doc: Y.Doc): string[] {
  const order = ["", ...readFamilies(doc).map((f) => f.id)];
  vi.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(function (this: Element) {
    const group = this.closest("[data-family-id]");
    const index = group ? order.indexOf(group.getAttribute("data-family-id") ?? "") : -1;
    let box = { left: 10, top: 60, width: 150, height: 80 }; // a note in the pool, the drag overlay
    if (this.classList.contains("new-zone")) box = { left: 5000, top: 5000, width: 10, height: 10 };
    else if (this.hasAttribute("data-note-id") && index >= 0)
      box = { ...box, left: index * 400 + 10 };
    else if (index >= 0) box = { left: index * 400, top: 0, width: 360, height: 600 };
    return DOMRect.fromRect({ x: box.left, y: box.top, width: box.width, height: box.height });
  });
  return order;
}

const tick = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

/** A mouse pressed on a note (pointerdown then mousedown, as a browser sends them) and moved. */
function pressAndMove(noteId: string, moves: readonly (readonly [number, number])[]) {
  fireEvent.pointerDown(noteButton(noteId), { clientX: 80, clientY: 100 });
  fireEvent.mouseDown(noteButton(noteId), { button: 0, clientX: 80, clientY: 100 });
  for (const [x, y] of moves) fireEvent.mouseMove(document, { clientX: x, clientY: y });
}

describe("the board canvas", () => {
  it("shows every note in its family's cluster or in the pool", () => {
    const { doc } = renderBoard();
    for (const [family, notes] of readNotesByFamily(doc)) {
      for (const note of notes) expect(groupOf(note.id)).toBe(family ?? "");
    }
    expect(screen.getByRole("region", { name: "À classer" })).toBeTruthy();
  });

  it("sorts without dragging: tap a note, type a family's first letters, Enter", async () => {
    const { doc, user } = renderBoard();
    const yoga = poolNote(doc, "faire du yoga");
    await user.click(noteButton(yoga.id));
    expect(noteButton(yoga.id).getAttribute("aria-pressed")).toBe("true");
    const picker = screen.getByRole("region", { name: "1 post-it sélectionné" });
    await user.type(within(picker).getByRole("textbox"), "nego{Enter}");
    expect(readNote(doc, yoga.id)?.familyId).toBe(familyId(doc, "Négociation"));
    expect(groupOf(yoga.id)).toBe(familyId(doc, "Négociation"));
    expect(screen.queryByRole("region", { name: /sélectionné/ })).toBeNull();
  });

  it("keeps letters typed right after clicking a note: they go to the picker, Enter sorts", async () => {
    const { doc, user } = renderBoard();
    const yoga = poolNote(doc, "faire du yoga");
    await user.click(noteButton(yoga.id));
    // No click into the picker: the keys go where the focus is, the note just clicked.
    await user.keyboard("nég");
    const picker = await screen.findByRole("region", { name: "1 post-it sélectionné" });
    await vi.waitFor(() =>
      expect(within(picker).getByRole("textbox")).toHaveProperty("value", "nég"),
    );
    expect(document.activeElement).toBe(within(picker).getByRole("textbox"));
    await user.keyboard("o{Enter}");
    expect(readNote(doc, yoga.id)?.familyId).toBe(familyId(doc, "Négociation"));
  });

  it("sorts with letters and Enter typed so fast the picker had not yet taken the focus", async () => {
    const { doc, user } = renderBoard();
    const yoga = poolNote(doc, "faire du yoga");
    await user.click(noteButton(yoga.id));
    // All on the note, in one go: the picker gets the focus only at the next frame.
    for (const key of ["n", "é", "g", "Enter"]) fireEvent.keyDown(noteButton(yoga.id), { key });
    await waitFor(() =>
      expect(readNote(doc, yoga.id)?.familyId).toBe(familyId(doc, "Négociation")),
    );
  });

  it("opens the picker without sorting on an Enter alone", async () => {
    const { doc, user } = renderBoard();
    const yoga = poolNote(doc, "faire du yoga");
    act(() => noteButton(yoga.id).focus());
    await user.keyboard("{Enter}");
    const picker = await screen.findByRole("region", { name: "1 post-it sélectionné" });
    await waitFor(() => expect(document.activeElement).toBe(within(picker).getByRole("textbox")));
    expect(readNote(doc, yoga.id)?.familyId).toBeNull();
  });

  it("takes letters typed with the focus nowhere (a tablet's tap) to the picker too", async () => {
    const { doc, user } = renderBoard();
    const yoga = poolNote(doc, "faire du yoga");
    await user.click(noteButton(yoga.id));
    act(() => (document.activeElement as HTMLElement | null)?.blur());
    await user.keyboard("fin");
    const picker = await screen.findByRole("region", { name: "1 post-it sélectionné" });
    await vi.waitFor(() =>
      expect(within(picker).getByRole("textbox")).toHaveProperty("value", "fin"),
    );
    await user.keyboard("{Enter}");
    expect(readNote(doc, yoga.id)?.familyId).toBe(familyId(doc, "Financements"));
  });

  it("closes the picker on Escape with the focus still on the clicked note", async () => {
    const { doc, user } = renderBoard();
    await user.click(noteButton(poolNote(doc, "faire du yoga").id));
    expect(await screen.findByRole("region", { name: /sélectionné/ })).toBeTruthy();
    await user.keyboard("{Escape}");
    await vi.waitFor(() =>
      expect(screen.queryByRole("region", { name: /sélectionné/ })).toBeNull(),
    );
  });

  it("closes the picker and drops the selection when the phase changes", async () => {
    const { doc, user } = renderBoard();
    await user.click(noteButton(poolNote(doc, "faire du yoga").id));
    expect(await screen.findByRole("region", { name: /sélectionné/ })).toBeTruthy();
    act(() => setPhase(doc, "exchange"));
    await vi.waitFor(() =>
      expect(screen.queryByRole("region", { name: /sélectionné/ })).toBeNull(),
    );
  });

  it("badges offers and needs, and counts interest in the exchange phase only", async () => {
    const doc = strasbourgDoc();
    const write = (text: string, kind: "offer" | "need") =>
      addNote(doc, { text, color: "blue", authorId: "p-bob", authorName: "Bob", kind });
    const offer = write("réparer un vélo", "offer");
    const need = write("apprendre le russe", "need");
    setInterest(doc, offer, "p-ana", true);
    setInterest(doc, offer, "p-lea", true);
    renderBoard(doc);
    expect(within(noteButton(offer)).getByText("propose")).toBeTruthy();
    expect(within(noteButton(need)).getByText("cherche")).toBeTruthy();
    expect(within(noteButton(offer)).queryByText(/intéressé/)).toBeNull();
    act(() => setPhase(doc, "exchange"));
    expect(await within(noteButton(offer)).findByText("2 intéressé·es")).toBeTruthy();
    expect(within(noteButton(need)).queryByText(/intéressé/)).toBeNull();
  });

  it("moves a Shift-click selection together, and back to the pool", async () => {
    const { doc, user } = renderBoard();
    const yoga = poolNote(doc, "faire du yoga");
    const chant = poolNote(doc, "chanter");
    await user.click(noteButton(yoga.id));
    await user.keyboard("{Shift>}");
    await user.click(noteButton(chant.id));
    await user.keyboard("{/Shift}");
    const picker = screen.getByRole("region", { name: "2 post-its sélectionnés" });
    await user.click(within(picker).getByRole("button", { name: "Financements" }));
    const financements = familyId(doc, "Financements");
    expect([readNote(doc, yoga.id)?.familyId, readNote(doc, chant.id)?.familyId]).toEqual([
      financements,
      financements,
    ]);

    await user.click(noteButton(yoga.id));
    await user.click(
      within(screen.getByRole("region", { name: /sélectionné/ })).getByRole("button", {
        name: "À classer",
      }),
    );
    expect(readNote(doc, yoga.id)?.familyId).toBeNull();
    expect(readNote(doc, chant.id)?.familyId).toBe(financements);
  });

  it("makes a new family of the selection, asking its name first", async () => {
    const { doc, user } = renderBoard();
    const yoga = poolNote(doc, "faire du yoga");
    const before = readFamilies(doc).length;
    await user.click(noteButton(yoga.id));
    await user.click(screen.getByRole("button", { name: "Nouvelle famille" }));
    expect(readFamilies(doc)).toHaveLength(before);
    const field = await screen.findByRole("textbox", { name: /Nom de la nouvelle famille/ });
    await vi.waitFor(() => expect(document.activeElement).toBe(field));
    await user.type(field, "Bien-être{Enter}");
    const created = readFamilies(doc).find((family) => family.name === "Bien-être");
    expect(created).toBeTruthy();
    expect(readNote(doc, yoga.id)?.familyId).toBe(created?.id);
    expect(screen.queryByRole("region", { name: /sélectionné/ })).toBeNull();
  });

  it("names a new family from its button too, or gives up on Escape", async () => {
    const { doc, user } = renderBoard();
    const yoga = poolNote(doc, "faire du yoga");
    await user.click(noteButton(yoga.id));
    await user.click(screen.getByRole("button", { name: "Nouvelle famille" }));
    const field = await screen.findByRole("textbox", { name: /Nom de la nouvelle famille/ });
    await user.type(field, "Sport{Escape}");
    expect(await screen.findByRole("textbox", { name: /premières lettres/ })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Nouvelle famille" }));
    await user.type(
      await screen.findByRole("textbox", { name: /Nom de la nouvelle famille/ }),
      "Sport",
    );
    await user.click(screen.getByRole("button", { name: /^Créer\s«\sSport\s»$/ }));
    expect(readNote(doc, yoga.id)?.familyId).toBe(familyId(doc, "Sport"));
    // Deselecting while naming: the next selection sorts again.
    await user.click(noteButton(poolNote(doc, "chanter").id));
    await user.click(screen.getByRole("button", { name: "Nouvelle famille" }));
    await user.click(screen.getByRole("button", { name: "Désélectionner" }));
    await user.click(noteButton(poolNote(doc, "chanter").id));
    expect(await screen.findByRole("textbox", { name: /premières lettres/ })).toBeTruthy();
  });

  it("renames a family in place, recolours, reorders and deletes it from its menu", async () => {
    const { doc, user } = renderBoard();
    const id = familyId(doc, "Financements");
    const cluster = () => document.querySelector<HTMLElement>(`[data-family-id="${id}"]`);
    await user.click(
      within(cluster() as HTMLElement).getByRole("button", { name: "Financements" }),
    );
    const field = within(cluster() as HTMLElement).getByRole("textbox", {
      name: "Nom de la famille",
    });
    await user.clear(field);
    await user.type(field, "Affaires{Enter}");
    expect(readFamilies(doc).find((f) => f.id === id)?.name).toBe("Affaires");

    const menu = within(cluster() as HTMLElement)
      .getByText("⋯")
      .closest("summary");
    if (!menu) throw new Error("no menu");
    await user.click(menu);
    await user.click(within(cluster() as HTMLElement).getByRole("radio", { name: "rose" }));
    expect(readFamilies(doc).find((f) => f.id === id)?.color).toBe("rose");

    const before = readFamilies(doc).findIndex((f) => f.id === id);
    await user.click(menu);
    await user.click(
      within(cluster() as HTMLElement).getByRole("button", { name: "Avancer dans l'ordre" }),
    );
    expect(readFamilies(doc).findIndex((f) => f.id === id)).toBe(before - 1);

    const notes = readNotesByFamily(doc).get(id) ?? [];
    await user.click(menu);
    await user.click(
      within(cluster() as HTMLElement).getByRole("button", { name: "Supprimer la famille" }),
    );
    expect(readFamilies(doc).some((f) => f.id === id)).toBe(false);
    for (const note of notes) expect(readNote(doc, note.id)?.familyId).toBeNull();
  });

  it("drags a note with the keyboard: Space, arrows from target to target, Space", async () => {
    const { doc } = renderBoard();
    const order = layOutInARow(doc);
    const yoga = poolNote(doc, "faire du yoga");

    act(() => noteButton(yoga.id).focus());
    fireEvent.keyDown(noteButton(yoga.id), { code: "Space", key: " " });
    await tick();
    fireEvent.keyDown(document, { code: "ArrowRight", key: "ArrowRight" });
    await tick();
    fireEvent.keyDown(document, { code: "ArrowRight", key: "ArrowRight" });
    await tick();
    fireEvent.keyDown(document, { code: "Space", key: " " });
    await tick();

    expect(readNote(doc, yoga.id)?.familyId).toBe(order[2]);
    expect(document.body.textContent).toContain(
      `Déposé dans la famille « ${readFamilies(doc)[1]?.name} ».`,
    );
  });

  it("drags a note with the mouse: the note a pointer goes down on can be dragged at once", async () => {
    const { doc } = renderBoard();
    const order = layOutInARow(doc);
    const yoga = poolNote(doc, "faire du yoga");
    // The browser's order for one press: pointerdown, then mousedown, with nothing in between.
    pressAndMove(
      yoga.id,
      [100, 400, 800, 900].map((x) => [x, 300] as const),
    );
    await tick();
    fireEvent.mouseUp(document, { clientX: 900, clientY: 300 });
    await tick();
    expect(readNote(doc, yoga.id)?.familyId).toBe(order[2]);
  });

  it("offers a corner to make a new family only while a note is dragged; a drop there makes one", async () => {
    const { doc } = renderBoard();
    layOutInARow(doc);
    const yoga = poolNote(doc, "faire du yoga");
    const zone = () => document.querySelector(".new-zone");
    expect(zone()).toBeNull(); // at rest it would sit over the clusters in that corner
    const before = readFamilies(doc).length;
    pressAndMove(yoga.id, [
      [100, 120],
      [3000, 3000],
      [5005, 5005],
    ]);
    await waitFor(() => expect(zone()).not.toBeNull());
    await tick();
    fireEvent.mouseMove(document, { clientX: 5005, clientY: 5005 });
    await tick();
    fireEvent.mouseUp(document, { clientX: 5005, clientY: 5005 });
    await tick();
    expect(readFamilies(doc)).toHaveLength(before + 1);
    expect(readNote(doc, yoga.id)?.familyId).toBe(readFamilies(doc).at(-1)?.id);
    await waitFor(() => expect(zone()).toBeNull());
  });

  it("fades the notes the filter leaves out: offers, needs or all", async () => {
    const doc = strasbourgDoc();
    const need = addNote(doc, {
      text: "trouver un local",
      color: "blue",
      authorId: "p-bob",
      authorName: "Bob",
      kind: "need",
    });
    const { user } = renderBoard(doc);
    const plain = poolNote(doc, "faire du yoga").id;
    const dimmed = (id: string) => noteButton(id).classList.contains("canvas-note--dimmed");
    expect([dimmed(need), dimmed(plain)]).toEqual([false, false]);
    await user.click(screen.getByRole("radio", { name: "Je cherche" }));
    expect([dimmed(need), dimmed(plain)]).toEqual([false, true]);
    await user.click(screen.getByRole("radio", { name: "Je propose" }));
    expect([dimmed(need), dimmed(plain)]).toEqual([true, true]);
    await user.click(screen.getByRole("radio", { name: "Tous les post-its" }));
    expect([dimmed(need), dimmed(plain)]).toEqual([false, false]);
  });

  it("describes how to drag a note to screen readers once it has the focus", async () => {
    const { doc } = renderBoard();
    const note = noteButton(poolNote(doc, "faire du yoga").id);
    act(() => note.focus());
    const describedBy = await waitFor(() => {
      const id = noteButton(poolNote(doc, "faire du yoga").id).getAttribute("aria-describedby");
      if (!id) throw new Error("not described yet");
      return id;
    });
    expect(document.getElementById(describedBy)?.textContent).toMatch(/Espace/);
    expect(note.getAttribute("aria-roledescription")).toBeTruthy();
  });

  it("while sorting, hints a pool note's family: one click sorts it, Ctrl+Z puts it back", async () => {
    const doc = strasbourgDoc();
    const salary = addNote(doc, {
      text: "négocier une augmentation",
      color: "blue",
      authorId: "p-bob",
      authorName: "Bob",
    });
    setPhase(doc, "sorting");
    const { user } = renderBoard(doc);
    const hint = screen.getByRole("button", {
      name: "Ranger « négocier une augmentation » dans Négociation",
    });
    await user.click(hint);
    expect(readNote(doc, salary)?.familyId).toBe(familyId(doc, "Négociation"));
    await user.keyboard("{Control>}z{/Control}");
    expect(readNote(doc, salary)?.familyId).toBeNull();
  });

  it("pans with the wheel and zooms around the pointer with Ctrl + wheel", () => {
    renderBoard();
    const canvas = screen.getByRole("application", { name: "Tableau des familles" });
    const plane = () => (canvas.querySelector(".canvas__plane") as HTMLElement).style.transform;
    const before = plane();
    fireEvent.wheel(canvas, { deltaX: 30, deltaY: 50 });
    expect(plane()).not.toBe(before);
    expect(plane()).toContain("scale(1)");
    fireEvent.wheel(canvas, { deltaY: -100, ctrlKey: true, clientX: 100, clientY: 100 });
    expect(screen.getByText(/^27\d %$/)).toBeTruthy(); // e^1 ≈ 2.72 × 100 %
  });

  it("pans a note, or a family's handle, reached by keyboard off screen into view", async () => {
    const { doc } = renderBoard();
    const [note] = readNotesByFamily(doc).get(familyId(doc, "Financements")) ?? [];
    if (!note) throw new Error("no note in Financements");
    const grip = screen.getByRole("button", { name: "Déplacer la famille Négociation" });
    // The canvas at 0–800 × 0–600 on screen; the note far right of it, the handle far below,
    // everything else inside.
    vi.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(function (
      this: Element,
    ) {
      let box = { x: 0, y: 0, width: 800, height: 600 };
      if (this.getAttribute("data-note-id") === note.id)
        box = { x: 2000, y: 300, width: 200, height: 100 };
      if (this === grip) box = { x: 100, y: 1000, width: 30, height: 30 };
      return DOMRect.fromRect(box);
    });
    const plane = () => (document.querySelector(".canvas__plane") as HTMLElement).style.transform;
    expect(plane()).toContain("translate(0px, 0px) scale(1)");
    act(() => noteButton(note.id).focus());
    // Panned left by what it takes to show the note 24 px inside the right edge; zoom kept.
    await waitFor(() => expect(plane()).toContain("translate(-1424px, 0px) scale(1)"));
    act(() => grip.focus());
    // Then up, for the handle to show 24 px above the bottom edge (its box measured as before).
    await waitFor(() => expect(plane()).toContain("translate(-1424px, -454px) scale(1)"));
  });

  it("selects the notes a rubber band drawn on the background touches", () => {
    const { doc } = renderBoard();
    const financements = familyId(doc, "Financements");
    const inFamily = (readNotesByFamily(doc).get(financements) ?? []).map((n) => n.id);
    // jsdom lays nothing out: put that family's notes in the band, everything else far away.
    vi.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(function (
      this: Element,
    ) {
      const id = this.getAttribute("data-note-id");
      const near = id !== null && inFamily.includes(id);
      return DOMRect.fromRect({ x: near ? 50 : 5000, y: near ? 50 : 5000, width: 20, height: 20 });
    });
    const canvas = screen.getByRole("application", { name: "Tableau des familles" });
    const mouse = { pointerType: "mouse", button: 0, pointerId: 1 };
    fireEvent.pointerDown(canvas, { ...mouse, clientX: 0, clientY: 0 });
    fireEvent.pointerMove(canvas, { ...mouse, clientX: 200, clientY: 200 });
    fireEvent.pointerUp(canvas, { ...mouse, clientX: 200, clientY: 200 });
    expect(
      screen.getByRole("region", { name: `${inFamily.length} post-its sélectionnés` }),
    ).toBeTruthy();
    for (const id of inFamily) expect(noteButton(id).getAttribute("aria-pressed")).toBe("true");
  });

  it("draws a long pool a step at a time, each note still reachable and draggable", async () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: "Atelier" });
    for (let i = 0; i < 200; i++) {
      addNote(doc, { text: `note ${i}`, color: "yellow", authorId: `p${i}`, authorName: "Ana" });
    }
    const { user } = renderBoard(doc);
    const pool = screen.getByRole("region", { name: "À classer" });
    const drawn = () => [...pool.querySelectorAll<HTMLElement>("[data-note-id]")];
    await waitFor(() => expect(drawn()).toHaveLength(12));
    expect(within(pool).getByText("200 post-its")).toBeTruthy();
    const more = within(pool).getByRole("button", { name: "Afficher les post-its suivants" });
    await user.click(more);
    await waitFor(() => expect(drawn()).toHaveLength(24));
    // By keyboard: from the last drawn note, Tab reaches the button, Enter draws the next ones.
    act(() => drawn().at(-1)?.focus());
    await user.tab();
    expect(document.activeElement).toBe(more);
    await user.keyboard("{Enter}");
    await waitFor(() => expect(drawn()).toHaveLength(36));
    // A note drawn late is a note like the others: focused, Space picks it up.
    const late = drawn()[30];
    if (!late) throw new Error("no 31st note");
    act(() => late.focus());
    fireEvent.keyDown(late, { code: "Space", key: " " });
    await waitFor(() => expect(late.classList.contains("canvas-note--dragging")).toBe(true));
    expect(document.body.textContent).toContain("Au-dessus des post-its à classer.");
  });

  it("says the board is loading, and offers no families, until the document has arrived", async () => {
    const doc = new Y.Doc(); // nothing from the server or the offline copy yet
    const { user } = renderBoard(doc);
    const canvas = screen.getByRole("application", { name: "Tableau des familles" });
    expect(within(canvas).getByRole("status").textContent).toBe("Chargement du tableau…");
    expect(screen.queryByRole("button", { name: /familles de référence/ })).toBeNull();
    expect(screen.queryByText("Aucun post-it à classer.")).toBeNull();
    act(() => initWorkshop(doc, { title: "Atelier" }));
    expect(screen.getByText("Aucun post-it à classer.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Ajouter les 10 familles de référence" }));
    expect(readFamilies(doc)).toHaveLength(REFERENCE_FAMILIES.length);
  });

  it("offers the reference workshop's ten families on an empty board", async () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: "Atelier" });
    const { user } = renderBoard(doc);
    await user.click(screen.getByRole("button", { name: "Ajouter les 10 familles de référence" }));
    expect(readFamilies(doc).map((f) => f.name)).toEqual([...REFERENCE_FAMILIES]);
    expect(screen.queryByRole("button", { name: /familles de référence/ })).toBeNull();
  });
});

/**
 * jsdom lays nothing out and has no ResizeObserver: this one gives every element `width` ×
 * `height` (all of them again on demand), so the board knows its canvas's size; and each
 * cluster a height, which the layout needs.
 */
function layOutWithSize(width = 800, height = 600) {
  let size = { width, height };
  const reports = new Set<() => void>();
  stubResizeObserver((_target, report) => {
    const send = () => report({ contentRect: DOMRect.fromRect(size) });
    reports.add(send);
    send();
  });
  vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockReturnValue(600);
  return (w: number, h: number) => {
    size = { width: w, height: h };
    act(() => {
      for (const send of reports) send();
    });
  };
}

/** jsdom has no ResizeObserver: this one hands `observed` each element and how to report on it. */
function stubResizeObserver(
  observed: (target: Element, report: (entry?: Partial<ResizeObserverEntry>) => void) => void,
) {
  vi.stubGlobal(
    "ResizeObserver",
    class {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe(target: Element) {
        const observer = this as unknown as ResizeObserver;
        observed(target, (entry) =>
          this.callback(entry ? [entry as ResizeObserverEntry] : [], observer),
        );
      }
      unobserve() {}
      disconnect() {}
    },
  );
}

/**
 * The canvas has `size` at once; each cluster's observer reports only when the test calls the
 * function returned for it (a big board's first frames, before the clusters are measured).
 */
function measureCanvasOnly(size: { width: number; height: number }): (() => void)[] {
  const clusters: (() => void)[] = [];
  stubResizeObserver((target, report) => {
    if (target.classList.contains("canvas")) report({ contentRect: DOMRect.fromRect(size) });
    else clusters.push(() => report());
  });
  vi.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(() =>
    DOMRect.fromRect({ x: 0, y: 0, ...size }),
  );
  return clusters;
}

describe("« Tout voir »", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows a board about as it will fit before its families are measured, not at 100 %", () => {
    // The canvas has its size; the clusters are not measured yet (a big board's first frames).
    measureCanvasOnly({ width: 800, height: 600 });
    renderBoard();
    const canvas = screen.getByRole("application", { name: "Tableau des familles" });
    const plane = canvas.querySelector(".canvas__plane") as HTMLElement;
    expect(plane.style.transform).toMatch(/scale\(0\.\d+\)/);
    expect(screen.queryByText("100 %")).toBeNull();
  });

  it("keeps each family in the column it was first shown in once the families are measured", () => {
    const clusters = measureCanvasOnly({ width: 1200, height: 800 });
    // Measured, the first family is far taller than estimated: laid out afresh, the others
    // would move to even the columns again.
    const doc = strasbourgDoc();
    const [tallest] = readFamilies(doc);
    vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.getAttribute("data-family-id") === tallest?.id ? 3000 : 300;
    });
    renderBoard(doc);
    const places = () =>
      new Map(
        [...document.querySelectorAll<HTMLElement>("section[data-family-id]")].map((cluster) => [
          cluster.getAttribute("data-family-id"),
          /translate\((-?[\d.]+)px/.exec(cluster.style.transform)?.[1],
        ]),
      );
    const shown = places();
    expect(new Set(shown.values()).size).toBeGreaterThan(1);
    act(() => {
      for (const report of clusters) report();
    });
    expect(places()).toEqual(shown);
  });

  it("leaves the band its tools take free, two lines of them on a phone's narrow canvas", async () => {
    // A wide, short canvas: the board's height decides the fit, so its top sits on the band.
    const canvasSize = { width: 1600, height: 400 };
    const toolsHeight = 112;
    const measuredTools: ((height: number) => void)[] = [];
    stubResizeObserver((target, report) => {
      const contentRect = DOMRect.fromRect(canvasSize);
      if (!target.classList.contains("canvas-tools")) report({ contentRect });
      else {
        measuredTools.push((height) =>
          report({ contentRect, borderBoxSize: [{ inlineSize: 300, blockSize: height }] }),
        );
      }
    });
    vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockReturnValue(300);
    vi.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(() =>
      DOMRect.fromRect({ x: 0, y: 0, ...canvasSize }),
    );
    renderBoard();
    const canvas = screen.getByRole("application", { name: "Tableau des familles" });
    const top = () => {
      const transform = (canvas.querySelector(".canvas__plane") as HTMLElement).style.transform;
      return Number(/translate\(-?[\d.]+px, (-?[\d.]+)px\)/.exec(transform)?.[1]);
    };
    // Measured on one line, then on two (the tools wrap): the board moves down under them.
    const measureTools = (height: number) =>
      act(() => {
        for (const report of measuredTools) report(height);
      });
    measureTools(60);
    await waitFor(() => expect(top()).toBeGreaterThanOrEqual(60));
    expect(top()).toBeLessThan(toolsHeight);
    measureTools(toolsHeight);
    await waitFor(() => expect(top()).toBeGreaterThanOrEqual(toolsHeight));
  });

  it("keeps showing everything as the canvas changes size, until the view is moved", async () => {
    const resize = layOutWithSize();
    let canvasBox = { width: 800, height: 600 };
    vi.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(() =>
      DOMRect.fromRect({ x: 0, y: 0, ...canvasBox }),
    );
    renderBoard();
    const canvas = screen.getByRole("application", { name: "Tableau des familles" });
    const plane = () => (canvas.querySelector(".canvas__plane") as HTMLElement).style.transform;
    // The board opens showing everything.
    await waitFor(() => expect(plane()).not.toContain("scale(1)"));
    const opened = plane();
    // The header takes a second line: the canvas is 100 px shorter; everything still shows.
    canvasBox = { width: 800, height: 500 };
    resize(800, 500);
    await waitFor(() => expect(plane()).not.toBe(opened));
    // Once panned, the view is the facilitator's: another size leaves it where it is.
    fireEvent.wheel(canvas, { deltaX: 30, deltaY: 50 });
    const panned = plane();
    canvasBox = { width: 800, height: 400 };
    resize(800, 400);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(plane()).toBe(panned);
  });
});

describe("the board zoomed too far out to read", () => {
  beforeEach(() => {
    layOutWithSize();
  });
  afterEach(() => vi.unstubAllGlobals());

  const zoomOut = () => {
    const canvas = screen.getByRole("application", { name: "Tableau des familles" });
    fireEvent.wheel(canvas, { deltaY: 300, ctrlKey: true, clientX: 0, clientY: 0 });
  };

  it("draws a family's notes as tiles, each a button named by all the note says", async () => {
    const doc = strasbourgDoc();
    const [note] = readNotesByFamily(doc).get(familyId(doc, "Financements")) ?? [];
    if (!note) throw new Error("no note in Financements");
    editNote(doc, note.id, { kind: "offer" });
    renderBoard(doc);
    expect(noteButton(note.id).textContent).toContain(note.text);
    zoomOut();
    await waitFor(() => expect(noteButton(note.id).classList).toContain("canvas-note--tile"));
    expect(noteButton(note.id).textContent).toBe("");
    expect(
      screen.getByRole("button", { name: `${note.text} par ${note.authorName} propose` }),
    ).toBe(noteButton(note.id));
    // The family's name over its tiles is for the eye; the header keeps it for screen readers.
    const cluster = noteButton(note.id).closest("section");
    expect(cluster?.querySelector(".cluster__label[aria-hidden='true']")?.textContent).toBe(
      "Financements",
    );
    // The pool is not on the canvas: read as usual.
    expect(noteButton(poolNote(doc, "faire du yoga").id).textContent).toContain("faire du yoga");
  });

  it("keeps each tile's name, selection and fading up to date", async () => {
    const doc = strasbourgDoc();
    const [note, other] = readNotesByFamily(doc).get(familyId(doc, "Financements")) ?? [];
    if (!note || !other) throw new Error("Financements has fewer than two notes");
    const { user } = renderBoard(doc);
    zoomOut();
    await waitFor(() => expect(noteButton(note.id).classList).toContain("canvas-note--tile"));
    const otherName = noteButton(other.id).getAttribute("aria-label");
    // Another device rewrites the note: its tile is named anew, its neighbour keeps its name.
    act(() => editNote(doc, note.id, { text: "monter un dossier FSE", kind: "need" }));
    await waitFor(() =>
      expect(noteButton(note.id).getAttribute("aria-label")).toBe(
        `monter un dossier FSE par ${note.authorName} cherche`,
      ),
    );
    expect(noteButton(other.id).getAttribute("aria-label")).toBe(otherName);
    await user.click(noteButton(note.id));
    await waitFor(() => expect(noteButton(note.id).getAttribute("aria-pressed")).toBe("true"));
    expect(noteButton(other.id).getAttribute("aria-pressed")).toBe("false");
    await user.click(screen.getByRole("radio", { name: "Je cherche" }));
    await waitFor(() => expect(noteButton(other.id).classList).toContain("canvas-note--dimmed"));
    expect(noteButton(note.id).classList).not.toContain("canvas-note--dimmed");
  });

  it("names a tile anew as notes are stacked under it and authors hidden or shown", async () => {
    const doc = strasbourgDoc();
    const [note] = readNotesByFamily(doc).get(familyId(doc, "Financements")) ?? [];
    if (!note) throw new Error("no note in Financements");
    const other = { text: "monter un dossier", authorName: "Bob" };
    const otherId = addNote(doc, { ...other, color: "blue", authorId: "p-bob" });
    renderBoard(doc);
    zoomOut();
    const name = () => noteButton(note.id).getAttribute("aria-label");
    await waitFor(() => expect(name()).toBe(`${note.text} par ${note.authorName}`));
    act(() => stackNotes(doc, note.id, [otherId]));
    const both = `${note.text} par ${note.authorName}, ${other.authorName}`;
    await waitFor(() => expect(name()).toBe(both));
    act(() => setShowAuthors(doc, false));
    await waitFor(() => expect(name()).toBe(note.text));
    act(() => setShowAuthors(doc, true));
    await waitFor(() => expect(name()).toBe(both));
    act(() => unstackNote(doc, otherId));
    await waitFor(() => expect(name()).toBe(`${note.text} par ${note.authorName}`));
    act(() => setShowAuthors(doc, false));
    await waitFor(() => expect(name()).toBe(note.text));
  });

  it("brings a tile reached by keyboard back readable, and sorts it as usual", async () => {
    const { doc, user } = renderBoard();
    const [first, second] = readNotesByFamily(doc).get(familyId(doc, "Financements")) ?? [];
    if (!first || !second) throw new Error("Financements has fewer than two notes");
    act(() => noteButton(first.id).focus());
    zoomOut();
    await waitFor(() => expect(noteButton(second.id).classList).toContain("canvas-note--tile"));
    await user.tab();
    expect(document.activeElement).toBe(noteButton(second.id));
    await waitFor(() => expect(noteButton(second.id).textContent).toContain(second.text));
    expect(screen.getByText("50 %")).toBeTruthy();
    await user.keyboard("{Enter}");
    const picker = await screen.findByRole("region", { name: "1 post-it sélectionné" });
    await user.type(within(picker).getByRole("textbox"), "nego{Enter}");
    expect(readNote(doc, second.id)?.familyId).toBe(familyId(doc, "Négociation"));
  });
});
