// "Follow me" (issue 13): the facilitator shows a family to the room from its menu; a phone
// that follows scrolls to it, a phone that does not is told what is shown.
import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { newBoardContext, newPhoneContext } from "../support/browser";
import { seededWorkshopPerFile } from "../support/seededWorkshop";

const seeded = seededWorkshopPerFile();

describe("follow me", () => {
  it("brings the family the board shows into a following phone's view", async () => {
    const board = await (await newBoardContext(seeded.browser)).newPage();
    await board.goto(seeded.boardUrl);
    await board.locator("section.cluster").first().waitFor();
    await board.getByRole("radio", { name: "Tri" }).check();

    const phone = await (await newPhoneContext(seeded.browser)).newPage();
    await phone.goto(`${seeded.server.base}/j/${seeded.workshop.joinCode}`);
    await phone.getByLabel("Prénom ou pseudonyme").fill("Camille");
    await phone.getByRole("button", { name: "Commencer" }).click();
    await phone.getByRole("heading", { name: "Le tableau" }).waitFor();

    // The last family on the board is far below the phone's first screen.
    const families = board.locator("section.cluster h2");
    const last = (await families.last().textContent())?.trim() ?? "";
    const onPhone = phone.getByRole("region", { name: last, exact: true });
    const inView = async () => {
      const box = await onPhone.boundingBox();
      return box !== null && box.y < 844 && box.y + Math.min(box.height, 200) > 0;
    };
    expect(await inView()).toBe(false);

    const menu = board.getByLabel(`Options de la famille ${last}`);
    await menu.click();
    await board
      .locator("details[open]")
      .getByRole("button", { name: "Montrer aux téléphones" })
      .click();
    await board.getByText(`Montré aux téléphones : « ${last} »`).waitFor();

    // Not following yet: the phone says what is shown, and stays where it is.
    const banner = phone.getByRole("complementary", { name: "Ce que montre l'animation" });
    await banner.getByText(`L'animation montre « ${last} »`).waitFor();
    expect(await inView()).toBe(false);
    await banner.getByRole("checkbox", { name: "Suivre l'animation" }).check();
    await expect.poll(inView).toBe(true);

    // The next family shown comes into view by itself.
    const first = (await families.first().textContent())?.trim() ?? "";
    await board.getByRole("button", { name: "Ne plus montrer" }).click();
    await board.getByLabel(`Options de la famille ${first}`).click();
    await board
      .locator("details[open]")
      .getByRole("button", { name: "Montrer aux téléphones" })
      .click();
    const firstOnPhone = phone.getByRole("region", { name: first, exact: true });
    await expect
      .poll(async () => {
        const box = await firstOnPhone.boundingBox();
        return box !== null && box.y >= 0 && box.y < 844;
      })
      .toBe(true);
    const axe = await new AxeBuilder({ page: phone })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });
});
