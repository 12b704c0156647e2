import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Phase } from "@troc/shared";
import {
  addNote,
  createFamily,
  initWorkshop,
  moveNote,
  readNote,
  setHideOthersWhileWriting,
  setInterest,
  setPhase,
} from "@troc/shared";
import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { saveParticipant } from "../session/storage";
import { createFakeConnection, fakeConnect } from "../test/fakeConnection";
import { fakeApi, JOIN_INFO, renderWithServices } from "../test/renderWithServices";
import { ParticipantPage } from "./ParticipantPage";

const ANA = { participantId: "p-ana", participantToken: "token-ana", name: "Ana" };

/** Ana's "cuisiner" sorted into Cuisine, Bob's "budget" left unsorted. */
function workshop(phase: Phase, { silent = false } = {}) {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: JOIN_INFO.title, prompt: JOIN_INFO.prompt });
  const mine = addNote(
    doc,
    { text: "cuisiner", color: "pink", authorId: "p-ana", authorName: "Ana" },
    { now: 1 },
  );
  const bobs = addNote(doc, {
    text: "budget",
    color: "blue",
    authorId: "p-bob",
    authorName: "Bob",
  });
  const cuisine = createFamily(doc, { name: "Cuisine", color: "teal" });
  moveNote(doc, mine, cuisine);
  setPhase(doc, phase);
  setHideOthersWhileWriting(doc, silent);
  return { doc, mine, bobs };
}

async function openAsAna(doc: Y.Doc, api = fakeApi()) {
  saveParticipant(JOIN_INFO.workshopId, ANA);
  const connect = fakeConnect(createFakeConnection(doc));
  renderWithServices(<ParticipantPage joinCode="ab12cd" />, { connect, api });
  await screen.findByRole("region", { name: "Mes post-its" });
  return userEvent.setup();
}

const region = (name: string) => screen.getByRole("region", { name });
const noteIn = (container: HTMLElement, noteId: string) => {
  const element = container.querySelector<HTMLElement>(`[data-note-id="${noteId}"]`);
  if (!element) throw new Error(`note ${noteId} is not shown here`);
  return element;
};
const composer = () => screen.queryByRole("textbox", { name: "Votre compétence" });

describe("the participant's view of each phase", () => {
  it("writing: the composer, and everyone else's notes with their authors", async () => {
    const { doc, mine, bobs } = workshop("writing");
    await openAsAna(doc);
    expect(composer()).toBeTruthy();
    const group = region("Les post-its du groupe");
    expect(within(noteIn(group, bobs)).getByText("par Bob")).toBeTruthy();
    expect(group.querySelector(`[data-note-id="${mine}"]`)).toBeNull();
  });

  it("silent writing: says others' notes come later and shows none of them", async () => {
    const { doc, bobs } = workshop("writing", { silent: true });
    await openAsAna(doc);
    const group = region("Les post-its du groupe");
    expect(within(group).getByText(/Écriture silencieuse/)).toBeTruthy();
    expect(document.querySelector(`[data-note-id="${bobs}"]`)).toBeNull();
    expect(screen.queryByText("budget")).toBeNull();
  });

  it("sorting: the board read-only, grouped by family with the pool last", async () => {
    const { doc, mine, bobs } = workshop("sorting");
    await openAsAna(doc);
    const board = region("Le tableau");
    const cuisine = within(board).getByRole("region", { name: "Cuisine" });
    expect(within(noteIn(cuisine, mine)).getByText("à moi")).toBeTruthy();
    const pool = within(board).getByRole("region", { name: "À classer" });
    expect(noteIn(pool, bobs)).toBeTruthy();
    expect(within(board).queryAllByRole("button")).toEqual([]);
    expect(
      within(board)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(["Cuisine", "À classer"]);
  });

  it("follows the facilitator's phase live", async () => {
    const { doc } = workshop("writing");
    await openAsAna(doc);
    expect(screen.queryByRole("region", { name: "Le tableau" })).toBeNull();
    act(() => setPhase(doc, "sorting"));
    expect(await screen.findByRole("region", { name: "Le tableau" })).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Les post-its du groupe" })).toBeNull();
  });

  it("exchange: marks another's note « ça m'intéresse » and shows who is interested in mine", async () => {
    const { doc, mine, bobs } = workshop("exchange");
    const user = await openAsAna(doc);
    const board = region("Le tableau");
    const toggle = within(noteIn(board, bobs)).getByRole("button", {
      name: "Ça m'intéresse : « budget »",
    });
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    await user.click(toggle);
    expect(readNote(doc, bobs)?.interested).toEqual(["p-ana"]);
    await waitFor(() => expect(toggle.getAttribute("aria-pressed")).toBe("true"));
    await user.click(toggle);
    expect(readNote(doc, bobs)?.interested).toEqual([]);
    await waitFor(() => expect(toggle.getAttribute("aria-pressed")).toBe("false"));

    expect(within(noteIn(board, mine)).queryByRole("button")).toBeNull();
    act(() => setInterest(doc, mine, "p-bob", true));
    expect(await within(noteIn(board, mine)).findByText("Intéresse : Bob")).toBeTruthy();
    const myList = region("Mes post-its");
    expect(await within(noteIn(myList, mine)).findByText("Intéresse : Bob")).toBeTruthy();
  });

  it("closed: no composer, no tools, and a summary of my skills and their families", async () => {
    const { doc } = workshop("closed");
    addNote(
      doc,
      { text: "chanter", color: "green", authorId: "p-ana", authorName: "Ana" },
      { now: 2 },
    );
    await openAsAna(doc);
    expect(composer()).toBeNull();
    expect(screen.getByText(/L'atelier est terminé/)).toBeTruthy();
    const items = within(region("Vos compétences")).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "chanterpas encore rangée",
      "cuisinerrangée dans « Cuisine »",
    ]);
    expect(within(region("Mes post-its")).queryAllByRole("button")).toEqual([]);
  });

  it("offers a way to stay in touch only from the exchange phase", async () => {
    const { doc } = workshop("sorting");
    await openAsAna(doc);
    expect(screen.queryByRole("textbox", { name: /E-mail ou téléphone/ })).toBeNull();
    act(() => setPhase(doc, "exchange"));
    expect(await screen.findByRole("textbox", { name: /E-mail ou téléphone/ })).toBeTruthy();
    expect(screen.getByText(/Visible seulement par les organisateurs/)).toBeTruthy();
  });

  it("loads, checks, saves and removes the contact through the API, never the document", async () => {
    const { doc } = workshop("exchange");
    const api = fakeApi({ getContact: vi.fn(async () => "06 12 34 56 78") });
    const user = await openAsAna(doc, api);
    const field = await screen.findByRole("textbox", { name: /E-mail ou téléphone/ });
    await waitFor(() => expect((field as HTMLInputElement).value).toBe("06 12 34 56 78"));
    expect(api.getContact).toHaveBeenCalledWith(JOIN_INFO.workshopId, ANA.participantToken);
    const before = Y.encodeStateAsUpdate(doc);

    await user.clear(field);
    await user.type(field, "Ana");
    await user.click(screen.getByRole("button", { name: "Enregistrer le contact" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(
      /e-mail ou un numéro de téléphone/,
    );
    expect(api.saveContact).not.toHaveBeenCalled();

    await user.clear(field);
    await user.type(field, " ana@asso.fr ");
    await user.click(screen.getByRole("button", { name: "Enregistrer le contact" }));
    await waitFor(() =>
      expect(api.saveContact).toHaveBeenLastCalledWith(
        JOIN_INFO.workshopId,
        ANA.participantToken,
        "ana@asso.fr",
      ),
    );
    expect(await screen.findByText(/Contact enregistré/)).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Retirer mon contact" }));
    await waitFor(() =>
      expect(api.saveContact).toHaveBeenLastCalledWith(
        JOIN_INFO.workshopId,
        ANA.participantToken,
        null,
      ),
    );
    expect(await screen.findByText("Contact retiré.")).toBeTruthy();
    await waitFor(() => expect((field as HTMLInputElement).value).toBe(""));
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});
