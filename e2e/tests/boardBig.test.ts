import type { ServerProcess } from "@troc/server/test/serverProcess";
import { startServerProcess } from "@troc/server/test/serverProcess";
import { addNote, addPart, readFamilies, readNotes, toSkillsMap } from "@troc/shared";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, newBoardContext, tempDataDir } from "../support/browser";
import type { Workshop } from "../support/strasbourg";
import { post } from "../support/strasbourg";
import { syntheticBoard } from "../support/syntheticBoard";

// Enough notes for "Tout voir" to be too far out to read them (about 11 % at 1440×900).
const NOTES = 800;
let browser: Browser;
let server: ServerProcess;
let workshop: Workshop;
const pages: Page[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  server = await startServerProcess(tempDataDir());
  const doc = syntheticBoard({ notes: NOTES, families: 10, people: 120 });
  // Texts the height estimate must get right too: line breaks, a word wider than a note, the
  // longest text allowed.
  const familyId = readFamilies(doc)[0]?.id;
  if (!familyId) throw new Error("no family");
  const odd = ["deux lignes\net une autre", "anticonstitutionnellement", "a".repeat(280)];
  for (const text of odd) {
    addNote(doc, { text, color: "pink", authorId: "p-odd", authorName: "Zoé" }, { familyId });
  }
  // Deepened notes end with « +N » after their text.
  for (const [i, note] of readNotes(doc).entries()) {
    if (i % 3 === 0) addPart(doc, note.id, { type: "savoir", text: "une partie" });
  }
  workshop = await post<Workshop>(`${server.base}/api/workshops`, { from: toSkillsMap(doc) });
});
afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.context().close()));
});
afterAll(async () => {
  await browser?.close();
  server?.child.kill("SIGKILL");
});

async function openBoard(): Promise<Page> {
  const page = await (await newBoardContext(browser)).newPage();
  pages.push(page);
  await page.goto(`${server.base}/b/${workshop.workshopId}#key=${workshop.facilitatorKey}`);
  await page.locator(".cluster__notes--tiles").first().waitFor();
  return page;
}

/** Each cluster's height, by family id. */
const clusterHeights = (page: Page) =>
  page.evaluate(
    (): Record<string, number> =>
      Object.fromEntries(
        Array.from(document.querySelectorAll<HTMLElement>("section.cluster")).map((cluster) => [
          cluster.dataset.familyId,
          cluster.offsetHeight,
        ]),
      ),
  );

describe("a board too big to read whole", () => {
  it("opens with its families' notes as tiles, each family as tall as its notes drawn in full", async () => {
    const page = await openBoard();
    await expect
      .poll(() => page.locator(".cluster__notes--tiles").count())
      .toBe(await page.locator("section.cluster").count());
    expect(await page.locator(".cluster .postit__text").count()).toBe(0);
    // Each family's name reads over its tiles at 15 px on screen.
    const labels = await page.evaluate(() => {
      const plane = document.querySelector(".canvas__plane");
      const scale = plane ? new DOMMatrix(getComputedStyle(plane).transform).a : 0;
      return Array.from(document.querySelectorAll(".cluster__label"), (label) => ({
        name: label.textContent,
        px: Number.parseFloat(getComputedStyle(label).fontSize) * scale,
      }));
    });
    expect(labels.map((label) => label.name).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `Famille ${i + 1}`).sort(),
    );
    for (const label of labels) expect(label.px).toBeCloseTo(15, 0);
    const asTiles = await clusterHeights(page);
    // Printing draws every note in full, whatever the zoom: paper is read up close.
    await page.emulateMedia({ media: "print" });
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await expect.poll(() => page.locator(".cluster__notes--tiles").count()).toBe(0);
    await page.emulateMedia({ media: "screen" });
    const inFull = await clusterHeights(page);
    expect(Object.keys(inFull).sort()).toEqual(Object.keys(asTiles).sort());
    for (const [familyId, height] of Object.entries(inFull)) {
      const tiles = asTiles[familyId] ?? 0;
      // Within 2 %: the layout does not jump when zooming in draws the notes.
      expect(Math.abs(tiles - height) / height, `family ${familyId}`).toBeLessThan(0.02);
    }
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await expect
      .poll(() => page.locator(".cluster__notes--tiles").count())
      .toBe(await page.locator("section.cluster").count());
  });

  it("brings a tile reached by keyboard into view, readable, announced by all it says", async () => {
    const page = await openBoard();
    const tile = page.locator(".cluster .canvas-note--tile").nth(5);
    const noteId = await tile.getAttribute("data-note-id");
    const label = (await tile.getAttribute("aria-label")) ?? "";
    await page.locator(`[data-note-id="${noteId}"]`).focus();
    await page.getByText("50 %", { exact: true }).waitFor();
    const focused = page.locator("[data-note-id]:focus");
    await focused.locator(".postit__text").waitFor();
    // Drawn in full, it says what its tile was named: its text, author, parts and badges.
    const says = await focused.evaluate((note) =>
      [".postit__text", ".postit__author", ".canvas-note__parts", ".canvas-note__badges > *"]
        .flatMap((part) => Array.from(note.querySelectorAll(part), (n) => n.textContent))
        .join(" "),
    );
    expect(label).toBe(says);
    // On the canvas's screen, not only in the page.
    const [box, canvas] = await Promise.all([
      focused.boundingBox(),
      page.locator(".canvas").boundingBox(),
    ]);
    if (!box || !canvas) throw new Error("not laid out");
    expect(box.x).toBeGreaterThanOrEqual(canvas.x);
    expect(box.y).toBeGreaterThanOrEqual(canvas.y);
    expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height);
  });

  it("moves a tile to another family by dragging it, zoomed out", async () => {
    const page = await openBoard();
    const tile = page.locator(".cluster .canvas-note--tile").first();
    const noteId = await tile.getAttribute("data-note-id");
    const from = await tile.evaluate((note) => note.closest("section")?.dataset.familyId);
    const target = page.locator(`section.cluster:not([data-family-id="${from}"])`).last();
    const familyId = await target.getAttribute("data-family-id");
    const [a, b] = await Promise.all([tile.boundingBox(), target.boundingBox()]);
    if (!a || !b) throw new Error("not laid out");
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) {
      const x = a.x + (b.x + b.width / 2 - a.x) * (i / 20);
      const y = a.y + (b.y + b.height / 3 - a.y) * (i / 20);
      await page.mouse.move(x, y);
    }
    await page.mouse.up();
    await page
      .locator(`section[data-family-id="${familyId}"] [data-note-id="${noteId}"]`)
      .waitFor();
  });
});
