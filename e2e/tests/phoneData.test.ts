// A participant's rights on a real phone page: they read the notice before joining, see what
// is kept about them, download it, and erase it all; the board and the export follow.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newBoardContext, newPhoneContext } from "../support/browser";
import { seededWorkshopPerFile } from "../support/seededWorkshop";

const seeded = seededWorkshopPerFile();

async function joinAs(name: string): Promise<Page> {
  const page = await (await newPhoneContext(seeded.browser)).newPage();
  await page.goto(`${seeded.server.base}/j/${seeded.workshop.joinCode}`);
  await page.getByText(/Troc garde votre prénom, vos post-its/).waitFor();
  await page.getByLabel("Prénom ou pseudonyme").fill(name);
  await page.getByRole("button", { name: "Commencer" }).click();
  await expect.poll(() => page.getByRole("status").textContent()).toBe("connecté");
  return page;
}

async function write(page: Page, text: string): Promise<void> {
  const field = page.getByRole("textbox", { name: "Votre compétence" });
  await field.fill(text);
  await field.press("Enter");
  await expect.poll(() => field.inputValue()).toBe("");
}

describe("a participant's data", () => {
  it("links the join page's notice to a privacy page with the server's periods", async () => {
    const page = await (await newPhoneContext(seeded.browser)).newPage();
    await page.goto(`${seeded.server.base}/j/${seeded.workshop.joinCode}`);
    await page.getByRole("link", { name: "Vos données et vos droits" }).click();
    await page.getByRole("heading", { name: "Vos données dans Troc" }).waitFor();
    await page.getByText(/effacés 90 jours après la dernière activité/).waitFor();
  });

  it("shows, downloads and erases everything about a phone's owner, live on the board", async () => {
    const board = await (await newBoardContext(seeded.browser)).newPage();
    await board.goto(seeded.boardUrl);
    const onBoard = (text: string) => board.locator("[data-note-id]", { hasText: text });
    await onBoard("organiser un colloque").waitFor();

    const phone = await joinAs("Zoé");
    await write(phone, "tricoter des chaussettes");
    await write(phone, "réparer un vélo");
    await onBoard("tricoter des chaussettes").waitFor();

    await phone.getByRole("button", { name: "Mes données" }).click();
    const panel = phone.getByRole("region", { name: "Mes données" });
    await panel.getByText("Prénom ou pseudonyme : Zoé").waitFor();
    await panel.getByText(/2 post-its\s:\s.*«\stricoter des chaussettes\s»/).waitFor();
    await panel.getByText(/«\sréparer un vélo\s»/).waitFor();
    const [download] = await Promise.all([
      phone.waitForEvent("download"),
      panel.getByRole("button", { name: "Télécharger (JSON)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("troc-mes-donnees.json");
    const saved = JSON.parse(
      await new Response((await download.createReadStream()) as unknown as ReadableStream).text(),
    ) as { name: string; notes: { text: string }[] };
    expect(saved.name).toBe("Zoé");
    expect(saved.notes.map((n) => n.text).sort()).toEqual([
      "réparer un vélo",
      "tricoter des chaussettes",
    ]);

    await panel.getByRole("button", { name: "Tout effacer…" }).click();
    const dialog = phone.getByRole("dialog", { name: /Effacer toutes vos données/ });
    await dialog.getByRole("button", { name: "Tout effacer définitivement" }).click();
    await phone.getByText("Vos données ont été effacées de cet atelier.").waitFor();
    await phone.getByLabel("Prénom ou pseudonyme").waitFor();

    await expect.poll(() => onBoard("tricoter des chaussettes").count()).toBe(0);
    await expect.poll(() => onBoard("réparer un vélo").count()).toBe(0);
    const exported = await fetch(
      `${seeded.server.base}/api/workshops/${seeded.workshop.workshopId}/export?format=json`,
      { headers: { authorization: `Bearer ${seeded.workshop.facilitatorKey}` } },
    );
    const text = await exported.text();
    expect(text).not.toContain("Zoé");
    expect(text).not.toContain("tricoter");
    expect(text).toContain("Karim"); // everyone else is still there

    // A reload of the phone finds nothing of Zoé's: neither the identity nor the copy.
    await phone.reload();
    await phone.getByLabel("Prénom ou pseudonyme").waitFor();
    expect(await phone.getByText("tricoter des chaussettes").count()).toBe(0);
  });
});
