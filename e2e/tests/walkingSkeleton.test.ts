import type { ServerProcess } from "@troc/server/test/serverProcess";
import { startServerProcess } from "@troc/server/test/serverProcess";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, newBoardContext, newPhoneContext, tempDataDir } from "../support/browser";
import { freePort } from "../support/ports";

let browser: Browser;
const servers: ServerProcess[] = [];
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  for (const server of servers) server.child.kill("SIGKILL");
});

async function start(dataDir: string, port: number): Promise<ServerProcess> {
  const server = await startServerProcess(dataDir, { PORT: String(port) });
  servers.push(server);
  return server;
}

describe("walking skeleton", () => {
  it("a phone's post-it appears live on the board, and survives kill -9", async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    let server = await start(dataDir, port);

    // The facilitator creates a workshop from the landing page.
    const board = await (await newBoardContext(browser)).newPage();
    await board.goto(`${server.base}/`);
    await board.getByLabel("Titre de l'atelier").fill("Atelier Strasbourg");
    await board.getByRole("button", { name: "Créer l'atelier" }).click();
    await board.waitForURL(/\/b\/[A-Za-z0-9_-]{22}/);
    const joinCode = (await board.getByTestId("join-code").textContent())?.trim() ?? "";
    expect(joinCode).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    await expect
      .poll(() => board.getByRole("heading", { level: 1 }).textContent())
      .toBe("Quelles sont vos compétences ?");

    // A participant opens the join URL on a phone-sized page and writes a post-it.
    const phone = await (await newPhoneContext(browser)).newPage();
    await phone.goto(`${server.base}/j/${joinCode}`);
    await phone.getByLabel("Prénom ou pseudonyme").fill("Léa");
    await phone.getByRole("button", { name: "Commencer" }).click();
    const field = phone.getByRole("textbox", { name: "Votre compétence" });
    await field.fill("faire un prévisionnel");
    await field.press("Enter");
    await expect.poll(() => field.inputValue()).toBe("");
    const mine = phone.locator("[data-note-id]", { hasText: "faire un prévisionnel" });
    await expect.poll(() => mine.textContent()).toContain("enregistré");

    // The board shows it live, in the unsorted pool.
    const onBoard = board.locator('[data-family-id=""] [data-note-id]', {
      hasText: "faire un prévisionnel",
    });
    await onBoard.waitFor();
    const noteId = await onBoard.getAttribute("data-note-id");
    expect(noteId).toBe(await mine.getAttribute("data-note-id"));

    // The server dies without warning and comes back on the same address.
    server.child.kill("SIGKILL");
    await server.exited;
    server = await start(dataDir, port);
    await board.reload();
    await board.locator(`[data-note-id="${noteId}"]`).waitFor();
    await phone.reload();
    await expect
      .poll(() => phone.locator(`[data-note-id="${noteId}"]`).textContent())
      .toContain("enregistré");
  });
});
