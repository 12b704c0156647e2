import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BoardPage } from "../pages/BoardPage";
import { polyfillDialog, restoreDialog } from "../test/dialogPolyfill";
import { createFakeConnection, fakeConnect } from "../test/fakeConnection";
import { fakeApi, renderWithServices } from "../test/renderWithServices";
import { strasbourgDoc } from "../test/strasbourgDoc";

const WORKSHOP = "w-strasbourg";

function openBoard(hash: string, api = fakeApi()) {
  window.history.replaceState(null, "", `/b/${WORKSHOP}${hash}`);
  const connection = createFakeConnection(strasbourgDoc());
  renderWithServices(<BoardPage workshopId={WORKSHOP} />, {
    connect: fakeConnect(connection),
    api,
  });
  return { api, connection, user: userEvent.setup() };
}

describe("the board's workshop data", () => {
  beforeEach(polyfillDialog);
  afterEach(restoreDialog);

  it("shows the join code it gets from the server on a device that only has the key", async () => {
    const { api } = openBoard("#key=facilitator-secret");
    expect(await screen.findByTestId("join-code")).toHaveProperty("textContent", "AB12CD");
    expect(api.getWorkshopDetails).toHaveBeenCalledWith(WORKSHOP, "facilitator-secret");
  });

  it("says until when contacts and the workshop are kept", async () => {
    openBoard("#key=facilitator-secret&code=AB12CD");
    const card = await screen.findByRole("region", { name: "Données de l'atelier" });
    expect(await within(card).findByText(/contacts sont effacés le 18 février 2027/)).toBeTruthy();
    expect(within(card).getByText(/tout l'atelier le 20 novembre 2027/)).toBeTruthy();
  });

  it("deletes the workshop only after a confirmation, then says so", async () => {
    const { api, user } = openBoard("#key=facilitator-secret&code=AB12CD");
    await user.click(await screen.findByRole("button", { name: "Supprimer l'atelier…" }));
    const dialog = await screen.findByRole("dialog", { name: /Supprimer cet atelier/ });
    await user.click(within(dialog).getByRole("button", { name: "Annuler" }));
    expect(api.deleteWorkshop).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Supprimer l'atelier…" }));
    const again = await screen.findByRole("dialog", { name: /Supprimer cet atelier/ });
    await user.click(within(again).getByRole("button", { name: "Supprimer définitivement" }));
    expect(
      await screen.findByText("L'atelier a été supprimé, avec toutes ses données."),
    ).toBeTruthy();
    expect(api.deleteWorkshop).toHaveBeenCalledWith(WORKSHOP, "facilitator-secret");
  });

  it("keeps the dialog open and says why when the deletion fails", async () => {
    const api = fakeApi({
      deleteWorkshop: vi.fn(async () => {
        throw new Error("Le serveur ne répond pas.");
      }),
    });
    const { user } = openBoard("#key=facilitator-secret&code=AB12CD", api);
    await user.click(await screen.findByRole("button", { name: "Supprimer l'atelier…" }));
    const dialog = await screen.findByRole("dialog", { name: /Supprimer cet atelier/ });
    await user.click(within(dialog).getByRole("button", { name: "Supprimer définitivement" }));
    expect(await within(dialog).findByRole("alert")).toBeTruthy();
    expect(screen.queryByText("L'atelier a été supprimé, avec toutes ses données.")).toBeNull();
  });
});
