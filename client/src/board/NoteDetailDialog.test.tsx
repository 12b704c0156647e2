import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  addNote,
  addPart,
  createFamily,
  deleteNote,
  initWorkshop,
  moveNote,
  readNote,
  setShowAuthors,
  stackNotes,
} from "@troc/shared";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { polyfillDialog, removeDialogMethods, restoreDialog } from "../test/dialogPolyfill";
import { renderOnBoard } from "../test/renderOnBoard";
import { NoteDetailDialog } from "./NoteDetailDialog";

function workshop() {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: "Atelier" });
  const family = createFamily(doc, { name: "Organisation d'événements", color: "teal" });
  const author = { authorId: "p-ana", authorName: "Ana" };
  const note = addNote(doc, { ...author, text: "organiser un festival", color: "blue" });
  moveNote(doc, note, family);
  addPart(doc, note, { type: "savoir", text: "la réglementation des buvettes" });
  addPart(doc, note, { type: "savoir-etre", text: "garder son calme" });
  addPart(doc, note, { type: "savoir", text: "les assurances" });
  return { doc, note };
}

/** The board's use of the dialog: a note's button opens it, closing sets the id back to null. */
function Harness({ noteId }: { noteId: string }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <>
      <button type="button" onClick={() => setOpen(noteId)}>
        Ouvrir
      </button>
      <NoteDetailDialog noteId={open} onClose={() => setOpen(null)} />
    </>
  );
}

const group = (name: string) =>
  within(screen.getByRole("dialog")).getByRole("region", { name }) as HTMLElement;
/** The parts a group lists, read from their « Modifier » buttons' names. */
const textsIn = (region: HTMLElement) =>
  within(region)
    .queryAllByRole("button", { name: /^Modifier « / })
    .map((button) => button.getAttribute("aria-label")?.replace(/^Modifier « (.*) »$/, "$1"));
const partsOf = (doc: Y.Doc, id: string) => readNote(doc, id)?.parts;

describe("NoteDetailDialog", () => {
  beforeEach(polyfillDialog);
  afterEach(restoreDialog);

  it("renders nothing without a note", () => {
    renderOnBoard(<NoteDetailDialog noteId={null} onClose={() => {}} />, workshop().doc);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("shows the note, who wrote it, its colour, family, and its parts by type", () => {
    const { doc, note } = workshop();
    renderOnBoard(<NoteDetailDialog noteId={note} onClose={() => {}} />, doc);
    const dialog = screen.getByRole("dialog", { name: "organiser un festival" });
    expect(dialog.hasAttribute("open")).toBe(true);
    expect(within(dialog).getByText("Ana")).toBeTruthy();
    expect(within(dialog).getByText("Bleu")).toBeTruthy();
    expect(within(dialog).getByText("Organisation d'événements")).toBeTruthy();
    expect(textsIn(group("Savoirs"))).toEqual(["la réglementation des buvettes", "les assurances"]);
    expect(textsIn(group("Savoir-faire"))).toEqual([]);
    expect(within(group("Savoir-faire")).getByText("Rien pour l'instant.")).toBeTruthy();
    expect(textsIn(group("Savoir-être"))).toEqual(["garder son calme"]);
  });

  it("names every author of a stack, unless authors are hidden", () => {
    const { doc, note } = workshop();
    const twin = addNote(doc, {
      authorId: "p-bob",
      authorName: "Bob",
      text: "organiser des festivals",
      color: "pink",
    });
    stackNotes(doc, note, [twin]);
    renderOnBoard(<NoteDetailDialog noteId={note} onClose={() => {}} />, doc);
    expect(screen.getByText("Ana, Bob")).toBeTruthy();
    act(() => setShowAuthors(doc, false));
    expect(screen.queryByText("Ana, Bob")).toBeNull();
  });

  it("adds a part to the type's group", async () => {
    const user = userEvent.setup();
    const { doc, note } = workshop();
    renderOnBoard(<NoteDetailDialog noteId={note} onClose={() => {}} />, doc);
    const add = within(group("Savoir-faire")).getByRole("textbox", {
      name: "Ajouter un savoir-faire",
    });
    await user.type(add, "  tenir un rétroplanning {Enter}");
    expect(partsOf(doc, note)?.at(-1)).toEqual({
      type: "savoir-faire",
      text: "tenir un rétroplanning",
    });
    expect(textsIn(group("Savoir-faire"))).toEqual(["tenir un rétroplanning"]);
    expect((add as HTMLInputElement).value).toBe("");
  });

  it("offers no empty part, and says so of one over the limit", async () => {
    const user = userEvent.setup();
    const { doc, note } = workshop();
    renderOnBoard(<NoteDetailDialog noteId={note} onClose={() => {}} />, doc);
    const region = group("Savoir-être");
    const add = within(region).getByRole("textbox", { name: "Ajouter un savoir-être" });
    const button = within(region).getByRole("button", { name: "Ajouter un savoir-être" });
    await user.type(add, "   ");
    expect((button as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(add, { target: { value: "x".repeat(281) } });
    await user.click(button);
    expect(within(region).getByRole("alert").textContent).toBe("De 1 à 280 caractères.");
    expect(partsOf(doc, note)).toHaveLength(3);
  });

  it("edits a part inline, then gives the focus back to its « Modifier »", async () => {
    const user = userEvent.setup();
    const { doc, note } = workshop();
    renderOnBoard(<NoteDetailDialog noteId={note} onClose={() => {}} />, doc);
    await user.click(screen.getByRole("button", { name: "Modifier « les assurances »" }));
    const field = screen.getByRole("textbox", { name: "Modifier « les assurances »" });
    expect(document.activeElement).toBe(field);
    await user.clear(field);
    await user.type(field, "les assurances d'un événement{Enter}");
    expect(partsOf(doc, note)?.[2]).toEqual({
      type: "savoir",
      text: "les assurances d'un événement",
    });
    expect(document.activeElement).toBe(
      screen.getByRole("button", { name: "Modifier « les assurances d'un événement »" }),
    );
  });

  it("gives up an edit with Escape and keeps the dialog open", async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const { doc, note } = workshop();
    renderOnBoard(<NoteDetailDialog noteId={note} onClose={onClose} />, doc);
    await user.click(screen.getByRole("button", { name: "Modifier « garder son calme »" }));
    await user.type(screen.getByRole("textbox", { name: /Modifier/ }), " olympien{Escape}");
    expect(partsOf(doc, note)?.[1]?.text).toBe("garder son calme");
    expect(screen.queryByRole("textbox", { name: /Modifier/ })).toBeNull();
    expect(screen.getByRole("dialog").hasAttribute("open")).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onClose).not.toHaveBeenCalled();
  });

  it("removes a part", async () => {
    const user = userEvent.setup();
    const { doc, note } = workshop();
    renderOnBoard(<NoteDetailDialog noteId={note} onClose={() => {}} />, doc);
    await user.click(
      screen.getByRole("button", { name: "Retirer « la réglementation des buvettes »" }),
    );
    expect(partsOf(doc, note)?.map((part) => part.text)).toEqual([
      "garder son calme",
      "les assurances",
    ]);
    expect(textsIn(group("Savoirs"))).toEqual(["les assurances"]);
  });

  it("follows parts someone else adds while it is open", () => {
    const { doc, note } = workshop();
    renderOnBoard(<NoteDetailDialog noteId={note} onClose={() => {}} />, doc);
    act(() => addPart(doc, note, { type: "savoir-faire", text: "monter une scène" }));
    expect(textsIn(group("Savoir-faire"))).toEqual(["monter une scène"]);
  });

  it("says so when the note is deleted while open", () => {
    const { doc, note } = workshop();
    renderOnBoard(<NoteDetailDialog noteId={note} onClose={() => {}} />, doc);
    act(() => deleteNote(doc, note));
    expect(screen.getByRole("dialog", { name: "Ce post-it a été supprimé." })).toBeTruthy();
    expect(screen.queryByRole("region")).toBeNull();
  });

  it.each([
    ["Escape", (user: ReturnType<typeof userEvent.setup>) => user.keyboard("{Escape}")],
    [
      "its button",
      (user: ReturnType<typeof userEvent.setup>) =>
        user.click(screen.getByRole("button", { name: "Fermer" })),
    ],
  ])("closes with %s, the focus back where it was", async (_how, close) => {
    const user = userEvent.setup();
    const { doc, note } = workshop();
    renderOnBoard(<Harness noteId={note} />, doc);
    const opener = screen.getByRole("button", { name: "Ouvrir" });
    await user.click(opener);
    expect(screen.getByRole("dialog")).toBeTruthy();
    await close(user);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(document.activeElement).toBe(opener);
  });

  it("still opens, and closes with Escape, where <dialog> has no showModal", async () => {
    restoreDialog();
    removeDialogMethods();
    const user = userEvent.setup();
    const { doc, note } = workshop();
    renderOnBoard(<Harness noteId={note} />, doc);
    const opener = screen.getByRole("button", { name: "Ouvrir" });
    await user.click(opener);
    expect(screen.getByRole("dialog").hasAttribute("open")).toBe(true);
    await user.click(screen.getByRole("button", { name: "Modifier « les assurances »" }));
    await user.keyboard("{Escape}");
    expect(screen.getByRole("dialog")).toBeTruthy();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
