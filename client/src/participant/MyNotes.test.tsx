import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  addNote,
  createFamily,
  initWorkshop,
  moveNote,
  readNote,
  renameFamily,
} from "@troc/shared";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { BoardStoreProvider } from "../store/BoardStoreContext";
import { bindDocToStore } from "../store/bindDocToStore";
import { createBoardStore } from "../store/boardStore";
import { createStoredTracker } from "../sync/storedTracker";
import { MyNotes } from "./MyNotes";

const ANA = { authorId: "p-ana", authorName: "Ana" };

/** Ana's notes on a bound store, as the participant page shows them. */
function renderMyNotes({ open = true, undoDelayMs = 6000 } = {}) {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: "Atelier Strasbourg" });
  const older = addNote(doc, { ...ANA, text: "parler espagnol", color: "pink" }, { now: 1 });
  const newer = addNote(
    doc,
    { ...ANA, text: "faire un prévisionnel", color: "yellow" },
    { now: 2 },
  );
  addNote(doc, { authorId: "p-bob", authorName: "Bob", text: "yoga", color: "blue" });
  const store = createBoardStore();
  bindDocToStore(doc, store, createStoredTracker());
  const view = render(
    <BoardStoreProvider store={store}>
      <MyNotes doc={doc} participantId="p-ana" open={open} undoDelayMs={undoDelayMs} />
    </BoardStoreProvider>,
  );
  return { doc, older, newer, view };
}

const note = (noteId: string) => {
  const element = document.querySelector<HTMLElement>(`[data-note-id="${noteId}"]`);
  if (!element) throw new Error(`note ${noteId} is not shown`);
  return element;
};
const shownIds = () =>
  [...document.querySelectorAll("[data-note-id]")].map((el) => el.getAttribute("data-note-id"));

/** Counts the document's changes from now on. */
function watchUpdates(doc: Y.Doc) {
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  return updates;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("MyNotes", () => {
  it("edits a note in place: Enter writes the new text to the document", async () => {
    const { doc, older } = renderMyNotes();
    const user = userEvent.setup();
    await user.click(within(note(older)).getByRole("button", { name: "Modifier" }));
    // The editor loads on first use: wait for it, and for the focus it takes.
    const field = await within(note(older)).findByRole("textbox", { name: "Texte du post-it" });
    expect((field as HTMLTextAreaElement).value).toBe("parler espagnol");
    await vi.waitFor(() => expect(document.activeElement).toBe(field));

    await user.clear(field);
    await user.type(field, "parler espagnol et italien{Enter}");

    expect(readNote(doc, older)?.text).toBe("parler espagnol et italien");
    expect(within(note(older)).queryByRole("textbox")).toBeNull();
    expect(within(note(older)).getByText("parler espagnol et italien")).toBeTruthy();
    expect(document.activeElement).toBe(
      within(note(older)).getByRole("button", { name: "Modifier" }),
    );
  });

  it("opens the editor with a tap on the note's text too", async () => {
    const { doc, newer } = renderMyNotes();
    const user = userEvent.setup();
    await user.click(within(note(newer)).getByText("faire un prévisionnel"));
    const field = await within(note(newer)).findByRole("textbox", { name: "Texte du post-it" });
    await user.type(field, " 2027");
    await user.click(within(note(newer)).getByRole("button", { name: "Enregistrer" }));
    expect(readNote(doc, newer)?.text).toBe("faire un prévisionnel 2027");
  });

  it("changes the category and kind from the editor, and writes nothing when nothing changed", async () => {
    const { doc, older } = renderMyNotes();
    const user = userEvent.setup();
    const updates = watchUpdates(doc);
    await user.click(within(note(older)).getByRole("button", { name: "Modifier" }));
    await user.click(await within(note(older)).findByRole("button", { name: "Enregistrer" }));
    expect(updates).toHaveLength(0);

    await user.click(within(note(older)).getByRole("button", { name: "Modifier" }));
    await user.click(await within(note(older)).findByRole("radio", { name: "Personnelle" }));
    await user.click(within(note(older)).getByRole("radio", { name: "Je propose" }));
    await user.click(within(note(older)).getByRole("button", { name: "Enregistrer" }));
    expect(readNote(doc, older)).toMatchObject({
      text: "parler espagnol",
      category: "perso",
      kind: "offer",
    });
    expect(within(note(older)).getByText("Personnelle · Je propose")).toBeTruthy();
  });

  it("refuses an empty text with the rule, and Annuler leaves the note as it was", async () => {
    const { doc, older } = renderMyNotes();
    const user = userEvent.setup();
    await user.click(within(note(older)).getByRole("button", { name: "Modifier" }));
    const field = await within(note(older)).findByRole("textbox", { name: "Texte du post-it" });
    await user.clear(field);
    await user.click(within(note(older)).getByRole("button", { name: "Enregistrer" }));
    expect(within(note(older)).getByRole("alert").textContent).toMatch(/de 1 à 280 caractères/);
    expect(readNote(doc, older)?.text).toBe("parler espagnol");

    const updates = watchUpdates(doc);
    await user.type(field, "chanter");
    await user.click(within(note(older)).getByRole("button", { name: "Annuler" }));
    expect(within(note(older)).getByText("parler espagnol")).toBeTruthy();
    expect(updates).toHaveLength(0);
  });

  it("hides a deleted note at once, and Annuler brings it back without touching the document", async () => {
    const { doc, older, newer } = renderMyNotes();
    const user = userEvent.setup();
    const updates = watchUpdates(doc);

    await user.click(within(note(older)).getByRole("button", { name: "Supprimer" }));
    expect(shownIds()).toEqual([newer]);
    expect(screen.getByText("Post-it supprimé")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Annuler" }));
    expect(shownIds()).toEqual([newer, older]);
    expect(screen.queryByText("Post-it supprimé")).toBeNull();
    expect(updates).toHaveLength(0);
    expect(readNote(doc, older)).not.toBeNull();
  });

  it("deletes from the document only when the toast expires", () => {
    vi.useFakeTimers();
    const { doc, older, newer } = renderMyNotes();
    fireEvent.click(within(note(older)).getByRole("button", { name: "Supprimer" }));
    expect(shownIds()).toEqual([newer]);

    act(() => vi.advanceTimersByTime(5_900));
    expect(readNote(doc, older)).not.toBeNull();

    act(() => vi.advanceTimersByTime(200));
    expect(readNote(doc, older)).toBeNull();
    expect(screen.queryByText("Post-it supprimé")).toBeNull();
    expect(shownIds()).toEqual([newer]);
  });

  it("carries out a pending deletion when another one replaces it", () => {
    vi.useFakeTimers();
    const { doc, older, newer } = renderMyNotes();
    fireEvent.click(within(note(older)).getByRole("button", { name: "Supprimer" }));
    fireEvent.click(within(note(newer)).getByRole("button", { name: "Supprimer" }));
    expect(readNote(doc, older)).toBeNull();
    expect(readNote(doc, newer)).not.toBeNull();
    expect(shownIds()).toEqual([]);

    fireEvent.click(screen.getByRole("button", { name: "Annuler" }));
    expect(shownIds()).toEqual([newer]);
    act(() => vi.advanceTimersByTime(10_000));
    expect(readNote(doc, newer)).not.toBeNull();
  });

  it("shows, live, the family the facilitator put a note into", () => {
    const { doc, older } = renderMyNotes();
    expect(within(note(older)).queryByText(/Famille/)).toBeNull();

    const familyId = createFamily(doc, { name: "Négociation", color: "teal" });
    act(() => moveNote(doc, older, familyId));
    expect(within(note(older)).getByText("Famille : Négociation")).toBeTruthy();

    act(() => renameFamily(doc, familyId, "Langues"));
    expect(within(note(older)).getByText("Famille : Langues")).toBeTruthy();

    act(() => moveNote(doc, older, null));
    expect(within(note(older)).queryByText(/Famille/)).toBeNull();
  });

  it("offers no changes once the workshop is closed", () => {
    const { older } = renderMyNotes({ open: false });
    expect(within(note(older)).queryByRole("button")).toBeNull();
  });

  it("deepens my note from the phone: adds, edits and removes its parts", async () => {
    const { doc, older } = renderMyNotes();
    const user = userEvent.setup();
    await user.click(within(note(older)).getByRole("button", { name: "Approfondir" }));
    const field = await within(note(older)).findByRole("textbox", { name: "Ajouter un savoir" });
    await user.type(field, "la conjugaison{Enter}");
    await vi.waitFor(() =>
      expect(readNote(doc, older)?.parts).toEqual([{ type: "savoir", text: "la conjugaison" }]),
    );
    await user.click(
      within(note(older)).getByRole("button", { name: "Modifier « la conjugaison »" }),
    );
    const edit = within(note(older)).getByRole("textbox", { name: "Modifier « la conjugaison »" });
    await user.clear(edit);
    await user.type(edit, "les temps du passé{Enter}");
    await vi.waitFor(() => expect(readNote(doc, older)?.parts[0]?.text).toBe("les temps du passé"));
    await user.click(
      await within(note(older)).findByRole("button", { name: "Retirer « les temps du passé »" }),
    );
    await vi.waitFor(() => expect(readNote(doc, older)?.parts).toEqual([]));
  });

  it("offers no parts editor once the workshop is closed", () => {
    const { older } = renderMyNotes({ open: false });
    expect(within(note(older)).queryByRole("button", { name: "Approfondir" })).toBeNull();
  });
});
