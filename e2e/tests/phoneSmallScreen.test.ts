// A participant on a small touch phone (360×640): from the home page to a sent note, every
// step in view and every hint meant for a touch screen.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newBoardContext, newPhoneContext } from "../support/browser";
import { seededWorkshopPerFile } from "../support/seededWorkshop";

const seeded = seededWorkshopPerFile();

/** The selected choices whose check mark (their ::before box) overlaps their text. */
function checkMarksOverText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("label.choice:has(input:checked)"))
      .filter((label) => {
        const span = label.querySelector("span");
        const mark = getComputedStyle(label, "::before");
        if (!span || mark.content === "none") return false;
        // One tight box per line of text, not the span's whole box.
        const range = document.createRange();
        range.selectNodeContents(span);
        const box = label.getBoundingClientRect();
        const border = Number.parseFloat(getComputedStyle(label).borderTopWidth);
        const top = box.top + border + Number.parseFloat(mark.top);
        const right = box.right - border - Number.parseFloat(mark.right);
        const left = right - Number.parseFloat(mark.width);
        const bottom = top + Number.parseFloat(mark.height);
        return Array.from(range.getClientRects()).some(
          (text) =>
            left < text.right && right > text.left && top < text.bottom && bottom > text.top,
        );
      })
      .map((label) => label.textContent ?? ""),
  );
}

describe("a small touch phone", () => {
  it("on a 360×640 touch screen: joins from the home page's first screen, hints at the keyboard's send key, confirms a sent note in view, deepens it", async () => {
    const context = await newPhoneContext(seeded.browser);
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 360, height: 640 });
    // From the home page: the join form comes first on a phone, whole in the first screen.
    await phone.goto(`${seeded.server.base}/`);
    const join = phone.getByRole("button", { name: "Rejoindre" });
    const box = await join.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 640).toBe(true);
    await phone.getByLabel("Code de l'atelier").fill(seeded.workshop.joinCode);
    await join.tap();
    await phone.getByLabel("Prénom ou pseudonyme").fill("Lou");
    await phone.getByRole("button", { name: "Commencer" }).click();
    await phone.getByText(/La touche «\sEnvoyer\s» du clavier/).waitFor();
    expect(await phone.getByText(/Maj \+ Entrée/).count()).toBe(0);
    // A selected choice's check mark never sits on its text, whatever the label's length.
    await phone.getByRole("radio", { name: "Je cherche" }).check();
    expect(await checkMarksOverText(phone)).toEqual([]);
    await phone.getByRole("radio", { name: "Sans précision" }).check();
    expect(await checkMarksOverText(phone)).toEqual([]);
    await phone.getByRole("textbox", { name: "Votre compétence" }).fill("jouer du ukulélé");
    await phone.getByRole("button", { name: "Envoyer", exact: true }).tap();
    const sent = phone.getByText(/Envoyé\s:\s«\sjouer du ukulélé\s»/);
    await sent.waitFor();
    const sentBox = await sent.boundingBox();
    expect(sentBox && sentBox.y >= 0 && sentBox.y + sentBox.height <= 640).toBe(true);

    // Deepening it from the phone: the server keeps the part (it is there after a reload).
    const mine = phone.locator("[data-note-id]", { hasText: "jouer du ukulélé" });
    await mine.getByRole("button", { name: "Approfondir" }).tap();
    const savoir = mine.getByRole("textbox", { name: "Ajouter un savoir", exact: true });
    await savoir.fill("lire une grille d'accords");
    await savoir.press("Enter");
    await mine.getByText("lire une grille d'accords").waitFor();
    await phone.reload();
    await mine.getByRole("button", { name: "Approfondir" }).tap();
    await mine.getByText("lire une grille d'accords").waitFor();
    await context.close();
  });

  it("shows another phone the parts that deepen a skill, once the writing is over", async () => {
    // The part the test above added, seen by someone else once the board moves to sorting.
    const board = await (await newBoardContext(seeded.browser)).newPage();
    await board.goto(seeded.boardUrl);
    await board.getByRole("radio", { name: "Tri" }).check();
    const context = await newPhoneContext(seeded.browser);
    const phone = await context.newPage();
    await phone.goto(`${seeded.server.base}/j/${seeded.workshop.joinCode}`);
    await phone.getByLabel("Prénom ou pseudonyme").fill("Alix");
    await phone.getByRole("button", { name: "Commencer" }).tap();
    const parts = phone
      .getByRole("region", { name: "Le tableau" })
      .getByRole("list", { name: "Ce que ce savoir-faire demande" });
    await parts.getByText("lire une grille d'accords").waitFor();
    await board.getByRole("radio", { name: "Écriture" }).check();
    await Promise.all([context.close(), board.context().close()]);
  });
});
