import type { ServerProcess } from "@troc/server/test/serverProcess";
import { startServerProcess } from "@troc/server/test/serverProcess";
import { addNote, initWorkshop, NOTE_COLORS, toSkillsMap } from "@troc/shared";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { launchChromium, newBoardContext, newPhoneContext, tempDataDir } from "../support/browser";
import type { Workshop } from "../support/strasbourg";
import { post } from "../support/strasbourg";

// More notes than a phone draws at once (it draws a long list a few screens at a time).
const NOTES = 400;
let browser: Browser;
let server: ServerProcess;
let workshop: Workshop;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startServerProcess(tempDataDir());
  const doc = new Y.Doc();
  initWorkshop(doc, { title: "Plénière" });
  for (let i = 0; i < NOTES; i++) {
    addNote(
      doc,
      {
        text: `compétence numéro ${i + 1}`,
        color: NOTE_COLORS[i % NOTE_COLORS.length] ?? "yellow",
        authorId: `p-${i}`,
        authorName: `Personne ${i}`,
      },
      { now: 1_000 + i },
    );
  }
  workshop = await post<Workshop>(`${server.base}/api/workshops`, { from: toSkillsMap(doc) });
});
afterAll(async () => {
  await browser?.close();
  server?.child.kill("SIGKILL");
});

describe("a phone in a 400-note workshop", () => {
  it("scrolls down to the last note and marks it « ça m'intéresse », seen on the board", async () => {
    const board = await (await newBoardContext(browser)).newPage();
    await board.goto(`${server.base}/b/${workshop.workshopId}#key=${workshop.facilitatorKey}`);
    await board.getByRole("radio", { name: "Échanges" }).check();

    const phone = await (await newPhoneContext(browser)).newPage();
    await phone.goto(`${server.base}/j/${workshop.joinCode}`);
    await phone.getByLabel("Prénom ou pseudonyme").fill("Camille");
    await phone.getByRole("button", { name: "Commencer" }).click();
    const last = `compétence numéro ${NOTES}`;
    const interest = phone.getByRole("button", { name: `Ça m'intéresse : « ${last} »` });
    await phone.locator(".sorted-board__notes li").first().waitFor();
    expect(await phone.locator(".sorted-board__notes li").count()).toBeLessThan(NOTES);
    // Scrolling as a thumb would: the notes further down are drawn as they come near.
    await expect
      .poll(async () => {
        await phone.mouse.wheel(0, 3_000);
        return interest.count();
      })
      .toBe(1);
    await interest.click();
    await expect.poll(() => interest.getAttribute("aria-pressed")).toBe("true");
    // The board's pool draws a long list a step at a time too: the facilitator scrolls to it.
    const onBoard = board.locator(".pool [data-note-id]", { hasText: last });
    await board.locator(".pool").hover();
    await expect
      .poll(async () => {
        await board.mouse.wheel(0, 3_000);
        return onBoard.count();
      })
      .toBe(1);
    await onBoard.getByText("1 intéressé·e").waitFor();
  });
});
