import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  addNote,
  initWorkshop,
  readFamilies,
  readMeta,
  readNotesByFamily,
  setPhase,
} from "@troc/shared";
import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import type { TrocApi } from "../api";
import { loadFacilitatorKey, loadJoinCode, saveFacilitatorKey } from "../session/storage";
import { createFakeConnection, fakeConnect } from "../test/fakeConnection";
import { fakeApi, renderWithServices } from "../test/renderWithServices";
import { strasbourgDoc } from "../test/strasbourgDoc";
import { BoardPage } from "./BoardPage";

const WORKSHOP = "w-strasbourg";

function openBoard(
  doc: Y.Doc,
  hash = "#key=facilitator-secret&code=AB12CD",
  api: TrocApi = fakeApi(),
) {
  window.history.replaceState(null, "", `/b/${WORKSHOP}${hash}`);
  const connection = createFakeConnection(doc);
  const connect = fakeConnect(connection);
  const view = renderWithServices(<BoardPage workshopId={WORKSHOP} />, { connect, api });
  return { connection, connect, view, user: userEvent.setup() };
}

/** The note ids shown inside each `[data-family-id]` element, pool under "". */
function shownGroups(root: HTMLElement): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const group of root.querySelectorAll<HTMLElement>("[data-family-id]")) {
    const ids = [...group.querySelectorAll("[data-note-id]")].map(
      (note) => note.getAttribute("data-note-id") ?? "",
    );
    groups.set(group.getAttribute("data-family-id") ?? "?", ids);
  }
  return groups;
}

/** What the document says, in the same shape. */
function docGroups(doc: Y.Doc): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [familyId, notes] of readNotesByFamily(doc)) {
    groups.set(
      familyId ?? "",
      notes.map((note) => note.id),
    );
  }
  for (const family of readFamilies(doc)) if (!groups.has(family.id)) groups.set(family.id, []);
  return groups;
}

const noteElement = (root: HTMLElement, noteId: string): HTMLElement => {
  const element = root.querySelector<HTMLElement>(`[data-note-id="${noteId}"]`);
  if (!element) throw new Error(`note ${noteId} is not shown`);
  return element;
};

describe("BoardPage", () => {
  it("folds its drawer of controls, and this browser remembers it", async () => {
    const { user, view } = openBoard(strasbourgDoc());
    const toggle = screen.getByRole("button", { name: "Outils" });
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("radio", { name: "Tri" })).toBeTruthy();
    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("radio", { name: "Tri" })).toBeNull();
    view.unmount();
    openBoard(strasbourgDoc());
    expect(screen.getByRole("button", { name: "Outils" }).getAttribute("aria-expanded")).toBe(
      "false",
    );
    expect(screen.queryByRole("radio", { name: "Tri" })).toBeNull();
  });

  it("shows a family to the phones from its menu, says so in the header, and stops", async () => {
    const doc = strasbourgDoc();
    const { user } = openBoard(doc);
    const menu = screen.getByLabelText("Options de la famille Financements");
    await user.click(menu);
    const body = menu.closest("details") as HTMLElement;
    await user.click(within(body).getByRole("button", { name: "Montrer aux téléphones" }));
    const financements = readFamilies(doc).find((family) => family.name === "Financements");
    expect(readMeta(doc)?.spotlight).toBe(financements?.id);
    const status = await screen.findByText("Montré aux téléphones : « Financements »");
    const stop = within(status.parentElement as HTMLElement).getByRole("button", {
      name: "Ne plus montrer",
    });
    await user.click(stop);
    expect(readMeta(doc)?.spotlight).toBeNull();
    await vi.waitFor(() => expect(screen.queryByText(/Montré aux téléphones/)).toBeNull());
  });

  it("shows the join panel large on an empty board, small in a corner once notes come in", async () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: "Atelier", prompt: "Vos compétences ?" });
    openBoard(doc);
    const panel = () => screen.getByTestId("join-code").closest(".join-panel");
    expect(panel()?.classList.contains("join-panel--large")).toBe(true);
    act(() => {
      addNote(doc, { text: "chanter", color: "yellow", authorId: "p-1", authorName: "Léa" });
    });
    await vi.waitFor(() => expect(panel()?.classList.contains("join-panel--corner")).toBe(true));
    expect(screen.getByTestId("join-code").textContent).toBe("AB12CD");
  });

  it("connects with the key from the fragment, remembers it, and takes it out of the URL", () => {
    const { connect } = openBoard(strasbourgDoc());
    expect(connect.calls).toEqual([{ workshopId: WORKSHOP, token: "facilitator-secret" }]);
    expect(loadFacilitatorKey(WORKSHOP)).toBe("facilitator-secret");
    expect(loadJoinCode(WORKSHOP)).toBe("AB12CD");
    expect(window.location.hash).toBe("");
    expect(window.location.pathname).toBe(`/b/${WORKSHOP}`);
  });

  it("reopens without the fragment with the key remembered in this browser", () => {
    saveFacilitatorKey(WORKSHOP, "remembered-key");
    const { connect } = openBoard(strasbourgDoc(), "");
    expect(connect.calls[0]?.token).toBe("remembered-key");
  });

  it("says what is missing when it has no key at all", () => {
    const { connect } = openBoard(strasbourgDoc(), "");
    expect(screen.getByRole("heading", { name: /demande la clé d'animation/ })).toBeTruthy();
    expect(connect.calls).toEqual([]);
  });

  it("says the join code is loading while the server is asked for it, unknown if it cannot say", async () => {
    // A board opened on another device with the key alone: the code comes from the server.
    saveFacilitatorKey(WORKSHOP, "facilitator-secret");
    let refuse = (_error: Error) => {};
    const details = new Promise<never>((_resolve, reject) => {
      refuse = reject;
    });
    openBoard(strasbourgDoc(), "", fakeApi({ getWorkshopDetails: () => details }));
    expect(screen.getByText("Code d'accès en chargement…")).toBeTruthy();
    expect(screen.queryByText("Code d'accès inconnu sur cet appareil.")).toBeNull();
    await act(async () => refuse(new Error("offline")));
    expect(await screen.findByText("Code d'accès inconnu sur cet appareil.")).toBeTruthy();
  });

  it("shows the join code, the join URL the server gives and a QR code of it", async () => {
    openBoard(strasbourgDoc());
    const url = "http://192.168.1.20:8080/j/AB12CD"; // fakeApi's getConfig
    expect(screen.getByTestId("join-code").textContent).toBe("AB12CD");
    const link = await screen.findByRole("link", { name: url.replace(/^https?:\/\//, "") });
    expect(link.getAttribute("href")).toBe(url);
    const qr = screen.getByRole("img", { name: `QR code vers ${url}` });
    expect(qr.querySelector("path")?.getAttribute("d")?.length).toBeGreaterThan(100);
  });

  it("shows the title, the question and every note in its family or the pool", () => {
    const doc = strasbourgDoc();
    const { view } = openBoard(doc);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(
      "Quelles sont vos compétences ?",
    );
    expect(shownGroups(view.container)).toEqual(docGroups(doc));
    const pool = view.container.querySelector<HTMLElement>('[data-family-id=""]');
    expect(pool && within(pool).getByText("faire une mousse au chocolat")).toBeTruthy();
    const negotiation = readFamilies(doc).find((family) => family.name === "Négociation");
    const column = view.container.querySelector<HTMLElement>(
      `[data-family-id="${negotiation?.id}"]`,
    );
    expect(column && within(column).getByRole("heading", { name: "Négociation" })).toBeTruthy();
    expect(column && within(column).getByText("négocier un contrat")).toBeTruthy();
  });

  it("shows notes written elsewhere as they arrive", () => {
    const doc = strasbourgDoc();
    const { view } = openBoard(doc);
    let noteId = "";
    act(() => {
      noteId = addNote(doc, {
        text: "faire un rétro-planning",
        color: "blue",
        authorId: "p-bob",
        authorName: "Bob",
      });
    });
    const note = noteElement(view.container, noteId);
    expect(note.closest("[data-family-id]")?.getAttribute("data-family-id")).toBe("");
    expect(within(note).getByText("par Bob")).toBeTruthy();
  });

  it("creates a family from its field", async () => {
    const doc = strasbourgDoc();
    const { view, user } = openBoard(doc);
    await user.type(
      screen.getByRole("textbox", { name: "Nouvelle famille" }),
      "Coordination{Enter}",
    );
    const created = readFamilies(doc).find((family) => family.name === "Coordination");
    expect(created).toBeDefined();
    expect(view.container.querySelector(`[data-family-id="${created?.id}"]`)).not.toBeNull();
    expect(
      (screen.getByRole("textbox", { name: "Nouvelle famille" }) as HTMLInputElement).value,
    ).toBe("");
  });

  it("refuses an empty family name with a message", async () => {
    const doc = strasbourgDoc();
    const { user } = openBoard(doc);
    await user.click(screen.getByRole("button", { name: "Créer la famille" }));
    expect(screen.getByRole("alert").textContent).toMatch(/de 1 à 40 caractères/);
    expect(readFamilies(doc)).toHaveLength(3);
  });

  it("switches the phase and silent writing from its controls, and follows changes made elsewhere", async () => {
    const doc = strasbourgDoc();
    const { user } = openBoard(doc);
    const phases = screen.getByRole("group", { name: "Étape de l'atelier" });
    await user.click(within(phases).getByRole("radio", { name: "Échanges" }));
    expect(readMeta(doc)?.phase).toBe("exchange");
    const silent = screen.getByRole("switch", { name: /Écriture silencieuse/ });
    expect((silent as HTMLInputElement).checked).toBe(false);
    await user.click(silent);
    expect(readMeta(doc)?.hideOthersWhileWriting).toBe(true);
    act(() => setPhase(doc, "closed"));
    expect(
      (within(phases).getByRole("radio", { name: "Clôturé" }) as HTMLInputElement).checked,
    ).toBe(true);
  });

  it("says to the room when the workshop is closed", async () => {
    const doc = strasbourgDoc();
    openBoard(doc);
    expect(screen.queryByText(/Atelier clôturé/)).toBeNull();
    act(() => setPhase(doc, "closed"));
    expect(await screen.findByText(/Atelier clôturé/)).toBeTruthy();
  });

  it("stops and explains when the server refuses the key", () => {
    const { connection } = openBoard(strasbourgDoc());
    act(() => connection.setState({ status: "disconnected", error: "bad-token" }));
    expect(screen.getByRole("alert").textContent).toMatch(/Accès refusé/);
    expect(screen.getAllByRole("status").map((s) => s.textContent)).toContain("hors ligne");
  });
});
