import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newBoardContext, newPhoneContext } from "../support/browser";
import { seededWorkshopPerFile } from "../support/seededWorkshop";

const seeded = seededWorkshopPerFile();

/** axe-core's WCAG 2.1 A and AA rules (contrast, names, roles…): the list of what fails. */
async function wcagViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

/** Visible controls smaller than 44×44 px (the tap-target rule). */
function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      "button, a.button, input:not([type=radio]):not([type=checkbox]), textarea, select, label.choice, label.swatch, label.switch, label.segmented__option";
    return Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((element) => element.offsetParent !== null)
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width < 44 || box.height < 44;
      })
      .map((element) => `${element.tagName} "${element.textContent?.trim() ?? ""}"`);
  });
}

/** Whether anything sticks out sideways (the page must fit 360 px without side scrolling). */
const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

async function expectUsable(page: Page, where: string) {
  expect([where, await wcagViolations(page)]).toEqual([where, []]);
  expect([where, await smallTapTargets(page)]).toEqual([where, []]);
  expect([where, await overflowsSideways(page)]).toEqual([where, false]);
}

async function setPhase(board: Page, label: string) {
  await board.getByRole("radio", { name: label }).check();
}

describe("a phone through the workshop's phases", () => {
  it("follows the board's phases, stays accessible at 390 and 360 px, and speaks English on request", async () => {
    const board = await (await newBoardContext(seeded.browser)).newPage();
    await board.goto(seeded.boardUrl);
    await board.locator("[data-note-id]").first().waitFor();

    const phone = await (await newPhoneContext(seeded.browser)).newPage();
    await phone.goto(`${seeded.server.base}/j/${seeded.workshop.joinCode}`);
    await phone.getByRole("button", { name: "Commencer" }).waitFor();
    await expectUsable(phone, "join");
    await phone.getByLabel("Prénom ou pseudonyme").fill("Camille");
    await phone.getByRole("button", { name: "Commencer" }).click();
    const field = phone.getByRole("textbox", { name: "Votre compétence" });
    await field.fill("animer une réunion");
    await field.press("Enter");

    // Writing: others' notes are visible (silent writing is off).
    const group = phone.getByRole("region", { name: "Les post-its du groupe" });
    await group.getByText("monter un budget prévisionnel").waitFor();
    await expectUsable(phone, "writing 390");
    await phone.setViewportSize({ width: 360, height: 640 });
    await expectUsable(phone, "writing 360");
    await phone.setViewportSize({ width: 844, height: 390 });
    await expectUsable(phone, "writing landscape");
    await phone.setViewportSize({ width: 390, height: 844 });

    // Silent writing hides them, live.
    await board.getByRole("switch", { name: /Écriture silencieuse/ }).check();
    await group.getByText(/Écriture silencieuse/).waitFor();
    expect(await group.locator("[data-note-id]").count()).toBe(0);
    await board.getByRole("switch", { name: /Écriture silencieuse/ }).uncheck();

    // Sorting: the board, read-only, by family.
    await setPhase(board, "Tri");
    const sorted = phone.getByRole("region", { name: "Le tableau" });
    await sorted.getByRole("heading", { name: "Financements" }).waitFor();
    expect(await sorted.getByRole("button").count()).toBe(0);
    await expectUsable(phone, "sorting");

    // Exchange: « ça m'intéresse » reaches the board's document; contact details form.
    await setPhase(board, "Échanges");
    const interest = sorted.getByRole("button", {
      name: /Ça m'intéresse : « monter un budget prévisionnel »/,
    });
    await interest.click();
    await expect.poll(() => interest.getAttribute("aria-pressed")).toBe("true");
    const contact = phone.getByRole("textbox", { name: /E-mail ou téléphone/ });
    await contact.fill("camille@asso.fr");
    await phone.getByRole("button", { name: "Enregistrer le contact" }).click();
    await phone.getByText(/Contact enregistré/).waitFor();
    await expectUsable(phone, "exchange");
    await board.getByRole("button", { name: "Lancer un minuteur de 3 min" }).click();
    await phone.getByRole("timer").waitFor();

    // Closed: nothing to write, a summary of my skills; the countdown ends, and the
    // projected board says the workshop is over.
    await setPhase(board, "Clôturé");
    await board
      .getByRole("status")
      .getByText(/Atelier clôturé/)
      .waitFor();
    await expect.poll(() => phone.getByRole("timer").count()).toBe(0);
    expect(await board.getByRole("timer").count()).toBe(0);
    const summary = phone.getByRole("region", { name: "Vos compétences" });
    await summary.getByText("animer une réunion").waitFor();
    expect(await phone.getByRole("textbox", { name: "Votre compétence" }).count()).toBe(0);
    await expectUsable(phone, "closed");

    // English, remembered across a reload.
    await phone.getByRole("button", { name: "English" }).click();
    await phone.getByRole("region", { name: "Your skills" }).waitFor();
    await phone.reload();
    await phone.getByRole("region", { name: "Your skills" }).waitFor();
    expect(await phone.locator("html").getAttribute("lang")).toBe("en");
    await expectUsable(phone, "closed, English");
  });
});
