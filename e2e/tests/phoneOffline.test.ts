import type { ServerProcess } from "@troc/server/test/serverProcess";
import { startServerProcess } from "@troc/server/test/serverProcess";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, newBoardContext, newPhoneContext, tempDataDir } from "../support/browser";

let browser: Browser;
let server: ServerProcess | undefined;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  server?.child.kill("SIGKILL");
});

interface Workshop {
  workshopId: string;
  joinCode: string;
  facilitatorKey: string;
}

async function createWorkshop(base: string): Promise<Workshop> {
  const res = await fetch(`${base}/api/workshops`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title: "Atelier Strasbourg" }),
  });
  if (res.status !== 201) throw new Error(`create workshop: ${res.status}`);
  return (await res.json()) as Workshop;
}

/** A participant joins from a phone-sized page in its own browser context. */
async function joinAs(
  name: string,
  base: string,
  joinCode: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newPhoneContext(browser);
  const page = await context.newPage();
  await page.goto(`${base}/j/${joinCode}`);
  await page.getByLabel("Prénom ou pseudonyme").fill(name);
  await page.getByRole("button", { name: "Commencer" }).click();
  await expect.poll(() => page.getByRole("status").textContent()).toBe("connecté");
  return { context, page };
}

async function write(page: Page, text: string): Promise<void> {
  const field = page.getByRole("textbox", { name: "Votre compétence" });
  await field.fill(text);
  await field.press("Enter");
  await expect.poll(() => field.inputValue()).toBe("");
}

const mine = (page: Page, text: string) =>
  page.getByRole("region", { name: "Mes post-its" }).locator("[data-note-id]", { hasText: text });

describe("a phone that loses the network", () => {
  it("sends what it wrote offline once, exactly once, and keeps it across a reload", async () => {
    server = await startServerProcess(tempDataDir());
    const { base } = server;
    const workshop = await createWorkshop(base);

    const board = await (await newBoardContext(browser)).newPage();
    await board.goto(`${base}/b/${workshop.workshopId}#key=${workshop.facilitatorKey}`);
    await board.locator('[data-family-id=""]').first().waitFor();
    const onBoard = (text: string) => board.locator("[data-note-id]", { hasText: text });

    const a = await joinAs("Léa", base, workshop.joinCode);
    const b = await joinAs("Karim", base, workshop.joinCode);

    // Phone A loses the network: its socket is dropped, its notes wait.
    await a.context.setOffline(true);
    await expect.poll(() => a.page.getByRole("status").textContent()).toBe("hors ligne");
    const offline = ["rédiger un programme de formation", "nouer des partenariats"];
    for (const text of offline) {
      await write(a.page, text);
      await expect.poll(() => mine(a.page, text).textContent()).toContain("en attente");
    }

    // Meanwhile phone B writes as usual.
    await write(b.page, "faire une mousse au chocolat");
    await expect
      .poll(() => mine(b.page, "faire une mousse au chocolat").textContent())
      .toContain("enregistré");
    await onBoard("faire une mousse au chocolat").waitFor();
    for (const text of offline) expect(await onBoard(text).count()).toBe(0);

    // Back online: each note reaches the board once, and phone A sees them stored.
    await a.context.setOffline(false);
    for (const text of offline) {
      await expect.poll(() => onBoard(text).count()).toBe(1);
      await expect.poll(() => mine(a.page, text).textContent()).toContain("enregistré");
    }
    // Give a duplicate time to show up, if one were coming.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const text of offline) expect(await onBoard(text).count()).toBe(1);

    // After a reload, phone A still lists them as its own, stored.
    await a.page.reload();
    for (const text of offline) {
      await expect.poll(() => mine(a.page, text).textContent()).toContain("enregistré");
      expect(await mine(a.page, text).count()).toBe(1);
    }
    for (const text of offline) expect(await onBoard(text).count()).toBe(1);

    // A note written offline survives the page being closed before the network comes back:
    // the phone's IndexedDB copy sends it from the next page.
    await a.context.setOffline(true);
    await expect.poll(() => a.page.getByRole("status").textContent()).toBe("hors ligne");
    const late = "faire un prévisionnel";
    await write(a.page, late);
    await expect.poll(() => mine(a.page, late).textContent()).toContain("en attente");
    await a.page.close();
    await a.context.setOffline(false);
    expect(await onBoard(late).count()).toBe(0);
    const again = await a.context.newPage();
    await again.goto(`${base}/j/${workshop.joinCode}`);
    await expect.poll(() => mine(again, late).textContent()).toContain("enregistré");
    await expect.poll(() => onBoard(late).count()).toBe(1);
    for (const text of [...offline, late]) expect(await mine(again, text).count()).toBe(1);

    // Phone B is still connected, with its one note and no error.
    await expect.poll(() => b.page.getByRole("status").textContent()).toBe("connecté");
    expect(await b.page.getByRole("alert").count()).toBe(0);
    expect(
      await b.page.getByRole("region", { name: "Mes post-its" }).locator("[data-note-id]").count(),
    ).toBe(1);
  });

  it("edits and deletes made offline reach the board when the phone is back", async () => {
    server ??= await startServerProcess(tempDataDir());
    const { base } = server;
    const workshop = await createWorkshop(base);
    const board = await (await newBoardContext(browser)).newPage();
    await board.goto(`${base}/b/${workshop.workshopId}#key=${workshop.facilitatorKey}`);
    await board.locator('[data-family-id=""]').first().waitFor();
    const onBoard = (text: string) => board.locator("[data-note-id]", { hasText: text });

    const { context, page } = await joinAs("Inès", base, workshop.joinCode);
    await write(page, "chanter");
    await write(page, "parler espagnol");
    await onBoard("chanter").waitFor();
    await onBoard("parler espagnol").waitFor();

    await context.setOffline(true);
    await expect.poll(() => page.getByRole("status").textContent()).toBe("hors ligne");
    // Edit with a tap on the note, Enter saves.
    await mine(page, "chanter").getByText("chanter").click();
    const field = mine(page, "chanter").getByRole("textbox", { name: "Texte du post-it" });
    await field.fill("chanter en chœur");
    await field.press("Enter");
    await expect.poll(() => mine(page, "chanter en chœur").textContent()).toContain("en attente");
    // Delete: hidden at once, undone, deleted again and left to expire.
    await mine(page, "parler espagnol").getByRole("button", { name: "Supprimer" }).click();
    await expect.poll(() => mine(page, "parler espagnol").count()).toBe(0);
    await page.getByRole("button", { name: "Annuler" }).click();
    await mine(page, "parler espagnol").waitFor();
    await mine(page, "parler espagnol").getByRole("button", { name: "Supprimer" }).click();
    await page.getByText("Post-it supprimé").waitFor({ state: "detached", timeout: 10_000 });

    expect(await onBoard("parler espagnol").count()).toBe(1);
    expect(await onBoard("chanter en chœur").count()).toBe(0);
    await context.setOffline(false);
    await expect.poll(() => onBoard("chanter en chœur").count()).toBe(1);
    await expect.poll(() => onBoard("parler espagnol").count()).toBe(0);
    await expect.poll(() => mine(page, "chanter en chœur").textContent()).toContain("enregistré");
  });
});
