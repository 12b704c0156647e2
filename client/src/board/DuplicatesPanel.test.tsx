import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  addNote,
  createFamily,
  initWorkshop,
  moveNote,
  readNote,
  readStacks,
  setShowAuthors,
} from "@troc/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { renderOnBoard } from "../test/renderOnBoard";
import { DuplicatesPanel } from "./DuplicatesPanel";
import { UndoButtons } from "./UndoButtons";

function workshop() {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: "Atelier" });
  let now = 1;
  const note = (text: string, authorName: string) =>
    addNote(
      doc,
      { text, color: "yellow", authorId: `p-${authorName.toLowerCase()}`, authorName },
      { now: now++ },
    );
  const cooking = note("cuisine", "Ana");
  const budget = note("faire un budget", "Ana");
  const cook = note("cuisiner", "Bob");
  const yoga = note("yoga", "Bob");
  const budget2 = note("monter un budget", "Chloé");
  return { doc, note, cooking, budget, cook, yoga, budget2 };
}

const panel = () => screen.getByRole("region", { name: "Doublons possibles" });
/** Each group as the texts it lists, authors left out. */
const groups = () =>
  within(panel())
    .queryAllByRole("button", { name: /^Regrouper en une compétence/ })
    .map((button) =>
      button.getAttribute("aria-label")?.replace("Regrouper en une compétence : ", ""),
    );
const stackButton = (texts: string) =>
  screen.getByRole("button", { name: `Regrouper en une compétence : ${texts}` });

describe("DuplicatesPanel", () => {
  it("lists the groups of notes that say the same thing, with their authors", () => {
    renderOnBoard(<DuplicatesPanel />, workshop().doc);
    expect(groups()).toEqual([
      "« cuisine », « cuisiner »",
      "« faire un budget », « monter un budget »",
    ]);
    expect(within(panel()).getByText("par Chloé")).toBeTruthy();
  });

  it("leaves authors out when the board hides them", () => {
    const { doc } = workshop();
    setShowAuthors(doc, false);
    renderOnBoard(<DuplicatesPanel />, doc);
    expect(within(panel()).queryByText("par Chloé")).toBeNull();
  });

  it("stacks a group into one skill, which is not flagged again", async () => {
    const user = userEvent.setup();
    const { doc, cooking, cook } = workshop();
    renderOnBoard(<DuplicatesPanel />, doc);
    await user.click(stackButton("« cuisine », « cuisiner »"));
    expect(readStacks(doc).get(cooking)).toEqual([cook]);
    expect(groups()).toEqual(["« faire un budget », « monter un budget »"]);
    expect(screen.getByRole("status").textContent).toBe(
      "Regroupé : « cuisine », « cuisiner ». Ctrl+Z pour annuler.",
    );
  });

  it("stacks under the note already sorted, so the skill stays in its family", async () => {
    const user = userEvent.setup();
    const { doc, cooking, cook } = workshop();
    const family = createFamily(doc, { name: "Cuisine", color: "teal" });
    moveNote(doc, cook, family);
    renderOnBoard(<DuplicatesPanel />, doc);
    await user.click(stackButton("« cuisine », « cuisiner »"));
    expect(readStacks(doc).get(cook)).toEqual([cooking]);
    expect(readNote(doc, cooking)?.familyId).toBe(family);
  });

  it("offers a new note saying the same thing to join an existing stack", async () => {
    const user = userEvent.setup();
    const { doc, note, cooking, cook } = workshop();
    renderOnBoard(<DuplicatesPanel />, doc);
    await user.click(stackButton("« cuisine », « cuisiner »"));
    let late = "";
    act(() => {
      late = note("la cuisine", "Dan");
    });
    expect(groups()).toContain("« cuisine », « la cuisine »");
    await user.click(stackButton("« cuisine », « la cuisine »"));
    expect(readStacks(doc).get(cooking)).toEqual([cook, late]);
  });

  it("is undone in one step", async () => {
    const user = userEvent.setup();
    const { doc, budget } = workshop();
    renderOnBoard(
      <>
        <UndoButtons />
        <DuplicatesPanel />
      </>,
      doc,
    );
    await user.click(stackButton("« faire un budget », « monter un budget »"));
    expect(readStacks(doc).has(budget)).toBe(true);
    await user.click(screen.getByRole("button", { name: /Annuler/ }));
    expect(readStacks(doc).size).toBe(0);
    expect(groups()).toHaveLength(2);
  });

  it("sets a group aside on this screen without touching the board", async () => {
    const user = userEvent.setup();
    const { doc } = workshop();
    renderOnBoard(<DuplicatesPanel />, doc);
    const before = Y.encodeStateVector(doc);
    await user.click(
      screen.getByRole("button", { name: "Ignorer ce groupe : « cuisine », « cuisiner »" }),
    );
    expect(groups()).toEqual(["« faire un budget », « monter un budget »"]);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it("says when there is nothing to stack", () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: "Atelier" });
    renderOnBoard(<DuplicatesPanel />, doc);
    expect(within(panel()).getByText("Aucun doublon repéré.")).toBeTruthy();
  });
});
