import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BoardPage } from "../pages/BoardPage";
import { polyfillDialog, restoreDialog } from "../test/dialogPolyfill";
import { createFakeConnection, fakeConnect } from "../test/fakeConnection";
import { fakeApi, renderWithServices } from "../test/renderWithServices";
import { strasbourgDoc } from "../test/strasbourgDoc";

const WORKSHOP = "w-strasbourg";
// A co-facilitator link's own key, never the workshop's.
const LINK = `http://192.168.1.20:8080/b/${WORKSHOP}#key=cofacilitator-secret`;

function openBoard(api = fakeApi()) {
  window.history.replaceState(null, "", `/b/${WORKSHOP}#key=facilitator-secret&code=AB12CD`);
  renderWithServices(<BoardPage workshopId={WORKSHOP} />, {
    api,
    connect: fakeConnect(createFakeConnection(strasbourgDoc())),
  });
  return api;
}

async function openShareDialog(api = fakeApi()) {
  openBoard(api);
  const user = userEvent.setup();
  // The server's public address has arrived (the join panel's link uses it too).
  await screen.findByRole("link", { name: /^192\.168\.1\.20:8080\/j\// });
  await user.click(await screen.findByRole("button", { name: "Partager le tableau…" }));
  const dialog = await screen.findByRole("dialog", {
    name: "Ouvrir ce tableau sur un autre appareil",
  });
  return { user, dialog, api };
}

describe("sharing the board with a co-facilitator", () => {
  beforeEach(polyfillDialog);
  afterEach(restoreDialog);

  it("copies the link with the key, showing neither the link nor its QR code to the room", async () => {
    const writeText = vi.fn(async () => undefined);
    const { user, dialog } = await openShareDialog();
    // userEvent installs its own clipboard on setup: replace it after.
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    expect(within(dialog).getByText(/droits d'animation/)).toBeTruthy();
    await user.click(
      within(dialog).getByRole("button", { name: "Copier un lien de co-animation" }),
    );
    expect(await within(dialog).findByText(/Lien copié/)).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(LINK);
    expect(within(dialog).queryByTestId("board-link")).toBeNull();
    expect(within(dialog).queryByRole("img")).toBeNull();
  });

  it("shows the link and its QR code when asked, or when copying is impossible", async () => {
    const { user, dialog } = await openShareDialog();
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    await user.click(
      within(dialog).getByRole("button", { name: "Copier un lien de co-animation" }),
    );
    expect(await within(dialog).findByText(/Copie impossible/)).toBeTruthy();
    expect(within(dialog).getByTestId("board-link")).toHaveProperty("value", LINK);
    expect(
      within(dialog).getByRole("img", { name: "QR code du lien de co-animation de ce tableau" }),
    ).toBeTruthy();
  });

  it("reveals the link on demand and closes back to the board", async () => {
    const { user, dialog } = await openShareDialog();
    await user.click(
      within(dialog).getByRole("button", { name: "Afficher le lien et son QR code" }),
    );
    expect(await within(dialog).findByTestId("board-link")).toHaveProperty("value", LINK);
    await user.click(within(dialog).getByRole("button", { name: "Fermer" }));
    await vi.waitFor(() =>
      expect(screen.queryByRole("dialog", { name: /autre appareil/ })).toBeNull(),
    );
  });

  it("makes one link per dialog, lists the active ones and revokes them", async () => {
    const api = fakeApi({
      listCofacilitatorLinks: vi.fn(async () => [{ id: "old", createdAt: Date.UTC(2026, 11, 1) }]),
    });
    const { user, dialog } = await openShareDialog(api);
    expect(await within(dialog).findByText("1 lien de co-animation actif")).toBeTruthy();
    await user.click(
      within(dialog).getByRole("button", { name: "Afficher le lien et son QR code" }),
    );
    expect(await within(dialog).findByTestId("board-link")).toHaveProperty("value", LINK);
    expect(await within(dialog).findByText("2 liens de co-animation actifs")).toBeTruthy();
    expect(api.createCofacilitatorLink).toHaveBeenCalledTimes(1);
    const revokeButtons = within(dialog).getAllByRole("button", { name: "Révoquer" });
    await user.click(revokeButtons[1] as HTMLElement);
    expect(api.revokeCofacilitatorLink).toHaveBeenCalledWith(
      WORKSHOP,
      "facilitator-secret",
      "link-1",
    );
    expect(await within(dialog).findByText("1 lien de co-animation actif")).toBeTruthy();
    // The revoked link is no longer offered.
    await vi.waitFor(() => expect(within(dialog).queryByTestId("board-link")).toBeNull());
  });

  it("offers neither sharing nor deleting the workshop to a co-facilitator's board", async () => {
    const owner = await fakeApi().getWorkshopDetails(WORKSHOP, "x");
    openBoard(
      fakeApi({
        getWorkshopDetails: vi.fn(async () => ({ ...owner, role: "cofacilitator" as const })),
      }),
    );
    await screen.findByText(/Sans nouvelle activité/);
    expect(screen.queryByRole("button", { name: "Partager le tableau…" })).toBeNull();
    expect(screen.queryByRole("button", { name: /Supprimer l'atelier/ })).toBeNull();
  });
});
