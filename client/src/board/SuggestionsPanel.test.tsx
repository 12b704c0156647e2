import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as shared from "@troc/shared";
import {
  acceptSuggestions,
  addNote,
  createFamily,
  deleteFamily,
  initWorkshop,
  moveNote,
  readNote,
  stackNotes,
} from "@troc/shared";
import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { renderOnBoard } from "../test/renderOnBoard";
import { SuggestionsPanel } from "./SuggestionsPanel";
import { useSuggestion } from "./suggestions";
import { UndoButtons } from "./UndoButtons";

// The real function, counted: the board computes suggestions once per change, not per note.
vi.mock("@troc/shared", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@troc/shared")>();
  return { ...actual, suggestFamilies: vi.fn(actual.suggestFamilies) };
});

function workshop() {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: "Atelier" });
  let now = 1;
  const note = (text: string, familyId: string | null = null) => {
    const id = addNote(
      doc,
      { text, color: "yellow", authorId: "p-ana", authorName: "Ana" },
      { now: now++ },
    );
    if (familyId !== null) moveNote(doc, id, familyId);
    return id;
  };
  const money = createFamily(doc, { name: "Financements", color: "amber" }, { now: now++ });
  const events = createFamily(
    doc,
    { name: "Organisation d'événements", color: "teal" },
    { now: now++ },
  );
  note("monter un budget", money);
  note("trouver des subventions", money);
  note("organiser un festival", events);
  const budget = note("faire un budget prévisionnel");
  const grant = note("Subvention européenne");
  const party = note("organisation de soirées");
  const violin = note("jouer du violon");
  return { doc, money, events, budget, grant, party, violin, unsorted: [budget, grant, party] };
}

const rows = () =>
  within(screen.getByRole("region", { name: "Suggestions de rangement" }))
    .queryAllByRole("listitem")
    .map((row) => row.textContent?.replace(/\s+/g, " ").replace("Ranger", "").trim());
const familyOf = (doc: Y.Doc, id: string) => readNote(doc, id)?.familyId;

describe("SuggestionsPanel", () => {
  it("lists each unsorted note that has a suggestion, in the pool's order", () => {
    renderOnBoard(<SuggestionsPanel />, workshop().doc);
    expect(rows()).toEqual([
      "« faire un budget prévisionnel » → Financements",
      "« Subvention européenne » → Financements",
      "« organisation de soirées » → Organisation d'événements",
    ]);
    expect(screen.getByText("3 suggestions")).toBeTruthy();
  });

  it("sorts one note in one click", async () => {
    const user = userEvent.setup();
    const { doc, money, budget } = workshop();
    renderOnBoard(<SuggestionsPanel />, doc);
    await user.click(
      screen.getByRole("button", {
        name: "Ranger « faire un budget prévisionnel » dans Financements",
      }),
    );
    expect(familyOf(doc, budget)).toBe(money);
    expect(rows()).toHaveLength(2);
    expect(screen.getByRole("status").textContent).toBe("1 post-it rangé. Ctrl+Z pour annuler.");
  });

  it("sorts every suggestion as one change, which one undo takes back", async () => {
    const user = userEvent.setup();
    const { doc, money, events, budget, grant, party, violin, unsorted } = workshop();
    renderOnBoard(
      <>
        <UndoButtons />
        <SuggestionsPanel />
      </>,
      doc,
    );
    let updates = 0;
    doc.on("update", () => {
      updates += 1;
    });
    await user.click(screen.getByRole("button", { name: "Ranger toutes les suggestions" }));
    expect(updates).toBe(1);
    expect([budget, grant, party, violin].map((id) => familyOf(doc, id))).toEqual([
      money,
      money,
      events,
      null,
    ]);
    expect(screen.getByText("Aucune suggestion pour l'instant.")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: /Annuler/ }));
    expect(unsorted.map((id) => familyOf(doc, id))).toEqual([null, null, null]);
    expect((screen.getByRole("button", { name: /Annuler/ }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(rows()).toHaveLength(3);
  });

  it("leaves out a note stacked under another", () => {
    const { doc, budget, grant } = workshop();
    stackNotes(doc, budget, [grant]);
    renderOnBoard(<SuggestionsPanel />, doc);
    expect(rows()).toEqual([
      "« faire un budget prévisionnel » → Financements",
      "« organisation de soirées » → Organisation d'événements",
    ]);
  });

  it("follows the board: a family deleted takes its suggestions along", () => {
    const { doc, events } = workshop();
    renderOnBoard(<SuggestionsPanel />, doc);
    act(() => deleteFamily(doc, events));
    expect(rows().some((row) => row?.includes("soirées"))).toBe(false);
  });
});

function Hint({ noteId }: { noteId: string }) {
  const suggestion = useSuggestion(noteId);
  return <p data-note-id={noteId}>{suggestion ? suggestion.familyName : "—"}</p>;
}

describe("useSuggestion", () => {
  it("gives each note its hint from one computation per change of the board", () => {
    const { doc, budget, grant, party, violin } = workshop();
    const ids = [budget, grant, party, violin];
    const count = vi.mocked(shared.suggestFamilies);
    count.mockClear();
    const { container } = renderOnBoard(
      <>
        <SuggestionsPanel />
        {ids.map((id) => (
          <Hint key={id} noteId={id} />
        ))}
      </>,
      doc,
    );
    const hints = () =>
      ids.map((id) => container.querySelector(`[data-note-id="${id}"]`)?.textContent);
    expect(hints()).toEqual(["Financements", "Financements", "Organisation d'événements", "—"]);
    expect(count).toHaveBeenCalledTimes(1);

    act(() => moveNote(doc, budget, null));
    expect(count).toHaveBeenCalledTimes(2);
  });
});

describe("acceptSuggestions", () => {
  it("leaves a note someone sorted meanwhile, and a family deleted meanwhile", () => {
    const { doc, money, events, budget, party } = workshop();
    moveNote(doc, budget, events);
    deleteFamily(doc, events);
    moveNote(doc, budget, money);
    const moved = acceptSuggestions(doc, [
      { noteId: budget, familyId: events },
      { noteId: party, familyId: events },
    ]);
    expect(moved).toBe(0);
    expect([familyOf(doc, budget), familyOf(doc, party)]).toEqual([money, null]);
  });
});
