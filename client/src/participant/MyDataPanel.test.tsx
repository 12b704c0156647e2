import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { addNote, initWorkshop } from "@troc/shared";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { ParticipantPage } from "../pages/ParticipantPage";
import { loadParticipant, saveParticipant } from "../session/storage";
import { polyfillDialog, restoreDialog } from "../test/dialogPolyfill";
import { createFakeConnection, fakeConnect } from "../test/fakeConnection";
import { fakeApi, JOIN_INFO, renderWithServices } from "../test/renderWithServices";

const ANA = { participantId: "p-ana", participantToken: "token-ana", name: "Ana" };

async function openAsAna() {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: JOIN_INFO.title, prompt: JOIN_INFO.prompt });
  addNote(doc, { text: "chanter", color: "pink", authorId: "p-ana", authorName: "Ana" });
  saveParticipant(JOIN_INFO.workshopId, ANA);
  const connection = createFakeConnection(doc);
  const api = fakeApi({
    getMyData: vi.fn(async () => ({
      participantId: "p-ana",
      name: "Ana",
      registeredAt: Date.UTC(2026, 10, 20),
      notes: [
        {
          id: "n1",
          text: "chanter",
          color: "pink",
          category: null,
          kind: null,
          parts: [],
          createdAt: 1,
          family: null,
        },
      ],
      interests: [{ noteId: "n2", text: "budget" }],
      contact: "ana@asso.fr",
      keptUntil: Date.UTC(2027, 10, 20),
    })),
  });
  renderWithServices(<ParticipantPage joinCode="ab12cd" />, {
    connect: fakeConnect(connection),
    api,
  });
  await screen.findByRole("region", { name: "Mes post-its" });
  return { api, connection, user: userEvent.setup() };
}

describe("Mes données", () => {
  beforeEach(polyfillDialog);
  afterEach(() => {
    restoreDialog();
    vi.restoreAllMocks();
  });

  it("shows what the workshop keeps about me, on demand", async () => {
    const { api, user } = await openAsAna();
    expect(api.getMyData).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Mes données" }));
    const panel = await screen.findByRole("region", { name: "Mes données" });
    expect(await within(panel).findByText("Prénom ou pseudonyme : Ana")).toBeTruthy();
    expect(within(panel).getByText(/1 post-it : « chanter »/)).toBeTruthy();
    expect(within(panel).getByText("1 marque « ça m’intéresse »")).toBeTruthy();
    expect(within(panel).getByText("Contact laissé aux organisateurs : ana@asso.fr")).toBeTruthy();
    expect(within(panel).getByText(/effacé le 20 novembre 2027/)).toBeTruthy();
    expect(api.getMyData).toHaveBeenCalledWith(JOIN_INFO.workshopId, ANA.participantToken);
  });

  it("downloads it as JSON", async () => {
    const { user } = await openAsAna();
    const created: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      created.push(blob as Blob);
      return "blob:mes-donnees";
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await user.click(screen.getByRole("button", { name: "Mes données" }));
    await user.click(await screen.findByRole("button", { name: "Télécharger (JSON)" }));
    expect(names).toEqual(["troc-mes-donnees.json"]);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[0] as Blob);
    });
    expect(JSON.parse(text)).toMatchObject({ name: "Ana", contact: "ana@asso.fr" });
  });

  it("erases everything after a confirmation, then forgets this phone's identity and copy", async () => {
    const { api, connection, user } = await openAsAna();
    await user.click(screen.getByRole("button", { name: "Mes données" }));
    await user.click(await screen.findByRole("button", { name: "Tout effacer…" }));
    const dialog = await screen.findByRole("dialog", { name: /Effacer toutes vos données/ });
    await user.click(within(dialog).getByRole("button", { name: "Tout effacer définitivement" }));
    expect(await screen.findByText("Vos données ont été effacées de cet atelier.")).toBeTruthy();
    expect(api.eraseMe).toHaveBeenCalledWith(JOIN_INFO.workshopId, ANA.participantToken);
    expect(connection.localCopyErased).toBe(true);
    expect(loadParticipant(JOIN_INFO.workshopId)).toBeNull();
    expect(await screen.findByRole("textbox", { name: "Prénom ou pseudonyme" })).toBeTruthy();
  });
});

describe("the join page", () => {
  it("says in plain words what is kept and links to the privacy page", async () => {
    renderWithServices(<ParticipantPage joinCode="ab12cd" />);
    const notice = await screen.findByText(/Troc garde votre prénom, vos post-its/);
    expect(notice.textContent).toMatch(/seuls les organisateurs voient votre contact/);
    expect(
      screen.getByRole("link", { name: "Vos données et vos droits" }).getAttribute("href"),
    ).toBe("/confidentialite");
  });
});
