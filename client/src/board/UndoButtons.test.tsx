import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  addNote,
  createFamily,
  initWorkshop,
  moveNote,
  readFamilies,
  readMeta,
  readNote,
  renameFamily,
  setPhase,
} from "@troc/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { renderOnBoard } from "../test/renderOnBoard";
import { UndoButtons } from "./UndoButtons";
import { boardUndoManager, undoShortcut } from "./useBoardUndo";

function workshop() {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: "Atelier" });
  setPhase(doc, "sorting");
  const money = createFamily(doc, { name: "Financements", color: "amber" });
  const note = addNote(doc, {
    text: "faire un budget",
    color: "yellow",
    authorId: "p-ana",
    authorName: "Ana",
  });
  return { doc, money, note };
}

/** A local action of the facilitator, then the pause that makes the next one its own step. */
function locally(doc: Y.Doc, action: () => void): void {
  act(action);
  boardUndoManager(doc).stopCapturing();
}

/** Another client's change, as the provider applies it: with its own origin. */
function remotely(doc: Y.Doc, change: (other: Y.Doc) => void): void {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(other);
  change(other);
  act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, before), "provider"));
}

const undoButton = () => screen.getByRole("button", { name: /Annuler/ });
const redoButton = () => screen.getByRole("button", { name: /Rétablir/ });
const disabled = (button: HTMLElement) => (button as HTMLButtonElement).disabled;

describe("UndoButtons", () => {
  it("start disabled, and follow the facilitator's changes", async () => {
    const user = userEvent.setup();
    const { doc, money, note } = workshop();
    renderOnBoard(<UndoButtons />, doc);
    expect([disabled(undoButton()), disabled(redoButton())]).toEqual([true, true]);

    locally(doc, () => moveNote(doc, note, money));
    expect([disabled(undoButton()), disabled(redoButton())]).toEqual([false, true]);

    await user.click(undoButton());
    expect(readNote(doc, note)?.familyId).toBeNull();
    expect([disabled(undoButton()), disabled(redoButton())]).toEqual([true, false]);

    await user.click(redoButton());
    expect(readNote(doc, note)?.familyId).toBe(money);
    expect([disabled(undoButton()), disabled(redoButton())]).toEqual([false, true]);
  });

  it("never undo another person's change, even one made after the facilitator's", async () => {
    const user = userEvent.setup();
    const { doc, money, note } = workshop();
    renderOnBoard(<UndoButtons />, doc);
    remotely(doc, (other) => renameFamily(other, money, "Argent"));
    expect(disabled(undoButton())).toBe(true);

    locally(doc, () => moveNote(doc, note, money));
    remotely(doc, (other) => setPhase(other, "exchange"));
    await user.click(undoButton());
    expect(readNote(doc, note)?.familyId).toBeNull();
    expect(readFamilies(doc).find((family) => family.id === money)?.name).toBe("Argent");
    expect(readMeta(doc)?.phase).toBe("exchange");
    expect(disabled(undoButton())).toBe(true);
  });

  it("undo with Ctrl+Z or ⌘+Z, redo with Ctrl+Shift+Z or Ctrl+Y", async () => {
    const user = userEvent.setup();
    const { doc, money, note } = workshop();
    renderOnBoard(<UndoButtons />, doc);
    locally(doc, () => moveNote(doc, note, money));
    const family = () => readNote(doc, note)?.familyId;

    await user.keyboard("{Control>}z{/Control}");
    expect(family()).toBeNull();
    await user.keyboard("{Control>}{Shift>}Z{/Shift}{/Control}");
    expect(family()).toBe(money);
    await user.keyboard("{Meta>}z{/Meta}");
    expect(family()).toBeNull();
    await user.keyboard("{Control>}y{/Control}");
    expect(family()).toBe(money);
  });

  it("leave Ctrl+Z to a text field being typed in", async () => {
    const user = userEvent.setup();
    const { doc, money, note } = workshop();
    renderOnBoard(
      <>
        <input aria-label="Nom" />
        <UndoButtons />
      </>,
      doc,
    );
    locally(doc, () => moveNote(doc, note, money));
    await user.click(screen.getByRole("textbox", { name: "Nom" }));
    await user.keyboard("{Control>}z{/Control}");
    expect(readNote(doc, note)?.familyId).toBe(money);
  });

  it("take one step per key press however many buttons are drawn", async () => {
    const user = userEvent.setup();
    const { doc, money, note } = workshop();
    renderOnBoard(
      <>
        <UndoButtons />
        <UndoButtons shortcuts={false} />
      </>,
      doc,
    );
    const other = createFamily(doc, { name: "Négociation", color: "rose" });
    boardUndoManager(doc).stopCapturing();
    locally(doc, () => moveNote(doc, note, money));
    locally(doc, () => moveNote(doc, note, other));
    await user.keyboard("{Control>}z{/Control}");
    expect(readNote(doc, note)?.familyId).toBe(money);
    // Both sets of buttons read the one manager: both now offer a redo.
    const redos = screen.getAllByRole("button", { name: /Rétablir/ });
    expect(redos.map(disabled)).toEqual([false, false]);
  });
});

describe("undoShortcut", () => {
  const key = (init: KeyboardEventInit) => new KeyboardEvent("keydown", init);
  it.each([
    ["Ctrl+Z", { key: "z", ctrlKey: true }, "undo"],
    ["⌘+Z", { key: "z", metaKey: true }, "undo"],
    ["Ctrl+Shift+Z", { key: "Z", ctrlKey: true, shiftKey: true }, "redo"],
    ["⌘+Shift+Z", { key: "Z", metaKey: true, shiftKey: true }, "redo"],
    ["Ctrl+Y", { key: "y", ctrlKey: true }, "redo"],
    ["Z alone", { key: "z" }, null],
    ["Ctrl+Alt+Z (AltGr on some layouts)", { key: "z", ctrlKey: true, altKey: true }, null],
    ["Ctrl+Shift+Y", { key: "Y", ctrlKey: true, shiftKey: true }, null],
    ["Ctrl+S", { key: "s", ctrlKey: true }, null],
  ] as const)("%s → %s", (_name, init, action) => {
    expect(undoShortcut(key(init))).toBe(action);
  });
});
