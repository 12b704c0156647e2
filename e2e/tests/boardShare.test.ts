// A co-facilitator gets the board onto a second device: the projected board hides its key
// from the address bar, shares a link with it, and the tablet that opens the link is a full
// board, join code and QR included (it was only in the creating browser's storage).
import { describe, expect, it } from "vitest";
import { newBoardContext } from "../support/browser";
import { seededWorkshopPerFile } from "../support/seededWorkshop";

const seeded = seededWorkshopPerFile();

describe("sharing the board", () => {
  it("gives a second device the board, with the join code, through a copied link", async () => {
    const context = await newBoardContext(seeded.browser);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const board = await context.newPage();
    await board.goto(seeded.boardUrl);
    await board.locator("[data-note-id]").first().waitFor();
    await expect.poll(() => board.url()).not.toContain("key=");

    await board.getByRole("button", { name: "Partager le tableau…" }).click();
    const dialog = board.getByRole("dialog", { name: "Ouvrir ce tableau sur un autre appareil" });
    await dialog.getByRole("button", { name: "Copier le lien" }).click();
    await dialog.getByText(/Lien copié/).waitFor();
    const copied = await board.evaluate(() => navigator.clipboard.readText());
    const { workshopId, facilitatorKey, joinCode } = seeded.workshop;
    expect(copied).toMatch(new RegExp(`/b/${workshopId}#key=${facilitatorKey}$`));
    // Nothing of it was shown to the room.
    expect(await dialog.getByTestId("board-link").count()).toBe(0);
    await dialog.getByRole("button", { name: "Afficher le lien et son QR code" }).click();
    expect(await dialog.getByTestId("board-link").inputValue()).toBe(copied);
    await dialog.getByRole("button", { name: "Fermer" }).click();

    // The tablet: another browser, nothing remembered; the link's address as this test
    // server is reached (the link names the machine's LAN address).
    const tablet = await seeded.browser.newContext({
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
      locale: "fr-FR",
    });
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
    await context.close();
    await tablet.close();
  });
});
