// A co-facilitator gets the board onto a second device: the projected board hides its key
// from the address bar, shares a co-facilitator link with a key of its own, and the tablet
// that opens the link is a full board, join code and QR included (it was only in the creating
// browser's storage), until the facilitator revokes the link.
import { describe, expect, it } from "vitest";
import { newBoardContext, newTabletContext } from "../support/browser";
import { seededWorkshopPerFile } from "../support/seededWorkshop";

const seeded = seededWorkshopPerFile();

describe("sharing the board", () => {
  it("gives a second device the board through a copied link, until it is revoked", async () => {
    const context = await newBoardContext(seeded.browser);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const board = await context.newPage();
    await board.goto(seeded.boardUrl);
    await board.locator("[data-note-id]").first().waitFor();
    await expect.poll(() => board.url()).not.toContain("key=");

    await board.getByRole("button", { name: "Partager le tableau…" }).click();
    const dialog = board.getByRole("dialog", { name: "Ouvrir ce tableau sur un autre appareil" });
    await dialog.getByRole("button", { name: "Copier un lien de co-animation" }).click();
    await dialog.getByText(/Lien copié/).waitFor();
    const copied = await board.evaluate(() => navigator.clipboard.readText());
    const { workshopId, facilitatorKey, joinCode } = seeded.workshop;
    expect(copied).toMatch(new RegExp(`/b/${workshopId}#key=[A-Za-z0-9_-]{20,}$`));
    expect(copied).not.toContain(facilitatorKey);
    // Nothing of it was shown to the room.
    expect(await dialog.getByTestId("board-link").count()).toBe(0);
    await dialog.getByRole("button", { name: "Afficher le lien et son QR code" }).click();
    expect(await dialog.getByTestId("board-link").inputValue()).toBe(copied);
    await dialog.getByRole("button", { name: "Fermer" }).click();

    // The tablet: another browser, nothing remembered; the link's address as this test
    // server is reached (the link names the machine's LAN address).
    const tablet = await newTabletContext(seeded.browser);
    const second = await tablet.newPage();
    await second.goto(`${seeded.server.base}${new URL(copied).pathname}${new URL(copied).hash}`);
    await second.locator("[data-note-id]").first().waitFor();
    await expect.poll(() => second.getByTestId("join-code").textContent()).toBe(joinCode);
    await second
      .getByRole("img", { name: /QR code/ })
      .first()
      .waitFor();
    // And it is a facilitator's board: the phase control works from there.
    // A tablet's controls sit in the folded drawer.
    await second.getByRole("button", { name: "Outils", exact: true, expanded: false }).click();
    await second.getByRole("radio", { name: "Tri" }).check();
    await expect
      .poll(() => board.getByRole("radio", { name: "Tri" }).isChecked(), { timeout: 15_000 })
      .toBe(true);
    // Not for sharing further: only the workshop's own key does.
    expect(await second.getByRole("button", { name: "Partager le tableau…" }).count()).toBe(0);

    // Revoked: the tablet is cut off at once, and says why.
    await board.getByRole("button", { name: "Partager le tableau…" }).click();
    await dialog.getByText("1 lien de co-animation actif").waitFor();
    await dialog.getByRole("button", { name: "Révoquer" }).click();
    await dialog.getByText("Aucun lien pour l'instant.").waitFor();
    await second.getByText("Accès refusé : la clé ou le jeton n'est plus valable.").waitFor();
    await context.close();
    await tablet.close();
  });
});
