import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { seededWorkshopPerFile } from "../support/seededWorkshop";
import { post, seedStrasbourg } from "../support/strasbourg";

const seeded = seededWorkshopPerFile();
const pages: Page[] = [];
afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.context().close()));
});

/** The board in a browser of `width` × `height`; `touch`: a phone's (mobile, touch screen). */
async function openBoard(width: number, height: number, url: string, touch = false) {
  const context = await seeded.browser.newContext({
    viewport: { width, height },
    locale: "fr-FR",
    ...(touch ? { isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  pages.push(page);
  await page.goto(url);
  return page;
}

async function projector(width: number, height: number, url = seeded.boardUrl): Promise<Page> {
  const page = await openBoard(width, height, url);
  await page.locator("section.cluster").first().waitFor();
  return page;
}

/**
 * Clusters whose box reaches outside the canvas's box, or that the canvas's floating tools
 * cover, wholly or in part.
 */
const misplacedClusters = (page: Page, where: "outside the canvas" | "under the tools") =>
  page.evaluate((where) => {
    const canvas = document.querySelector(".canvas")?.getBoundingClientRect();
    const tools = document.querySelector(".canvas-tools")?.getBoundingClientRect();
    if (!canvas || !tools) return ["no canvas"];
    return Array.from(document.querySelectorAll<HTMLElement>("section.cluster"))
      .filter((section) => {
        const r = section.getBoundingClientRect();
        return where === "under the tools"
          ? r.top < tools.bottom && r.left < tools.right && r.right > tools.left
          : r.left < canvas.left - 1 ||
              r.top < canvas.top - 1 ||
              r.right > canvas.right + 1 ||
              r.bottom > canvas.bottom + 1;
      })
      .map((section) => section.querySelector("h2")?.textContent ?? "?");
  }, where);

/** The smallest note text in the families, in screen pixels (font size times the zoom). */
const smallestFamilyNoteText = (page: Page) =>
  page.evaluate(() => {
    const plane = document.querySelector(".canvas__plane");
    if (!plane) return 0;
    const scale = new DOMMatrix(getComputedStyle(plane).transform).a;
    const sizes = Array.from(document.querySelectorAll(".cluster .postit__text")).map(
      (text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale,
    );
    return sizes.length === 0 ? 0 : Math.min(...sizes);
  });

describe("the board as a projector shows it", () => {
  it("at 1920×1080, 60 notes in families read at 20 px or more once « Tout voir », drawer folded", async () => {
    const { base, wsBase } = seeded.server;
    const big = await seedStrasbourg(base, wsBase, { sorted: true, familyNotes: 60 });
    const page = await projector(
      1920,
      1080,
      `${base}/b/${big.workshopId}#key=${big.facilitatorKey}&code=${big.joinCode}`,
    );
    await expect.poll(() => page.locator(".cluster [data-note-id]").count()).toBe(60);
    // The controls sit in a drawer beside the canvas, which folds away for projecting.
    const tools = page.getByRole("button", { name: "Outils", exact: true });
    await expect.poll(() => tools.getAttribute("aria-expanded")).toBe("true");
    // The drawer's controls pass axe-core too (WCAG 2.1 A and AA).
    const axe = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" ")}`)).toEqual(
      [],
    );
    await tools.click();
    await expect.poll(() => page.getByRole("radio", { name: "Tri" }).count()).toBe(0);
    await page.getByRole("button", { name: "Tout voir" }).click();
    await expect.poll(() => misplacedClusters(page, "outside the canvas")).toEqual([]);
    await expect.poll(() => smallestFamilyNoteText(page)).toBeGreaterThanOrEqual(20);
    // One screen, no page scroll, a one-line header, the join code in its corner.
    const layout = await page.evaluate(() => {
      const board = document.querySelector<HTMLElement>(".board");
      const header = document.querySelector(".board__header")?.getBoundingClientRect();
      return {
        scrolls: board === null || board.scrollHeight > board.clientHeight + 1,
        header: header?.height ?? Number.POSITIVE_INFINITY,
      };
    });
    expect(layout).toEqual({ scrolls: false, header: expect.any(Number) });
    expect(layout.header).toBeLessThan(80);
    const code = await page.getByTestId("join-code").boundingBox();
    expect((code?.y ?? Number.POSITIVE_INFINITY) + (code?.height ?? 0)).toBeLessThanOrEqual(1080);
  });
});

describe("the board on a tablet and a laptop", () => {
  it.each([
    [1024, 768, 0.6],
    [1280, 720, 0.45],
  ])("at %i×%i the canvas is wide and its tools keep to one line", async (width, height, share) => {
    const page = await projector(width, height);
    const canvas = await page.locator(".canvas").boundingBox();
    const tools = await page.locator(".canvas-tools").boundingBox();
    expect(canvas?.width ?? 0).toBeGreaterThan(width * share);
    // One line of 44-pixel tap targets, not the three rows a tablet had.
    expect(tools?.height ?? Number.POSITIVE_INFINITY).toBeLessThan(70);
    await expect.poll(() => misplacedClusters(page, "outside the canvas")).toEqual([]);
    // A note tapped low on the screen: its family picker shows whole, in the viewport.
    await page.getByRole("button", { name: /faire du yoga/ }).click();
    const picker = page.getByRole("region", { name: "1 post-it sélectionné" });
    await expect
      .poll(async () => {
        const box = await picker.boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= height;
      })
      .toBe(true);
    await page.keyboard.press("Escape");
    // A note tapped on the canvas: the picker leaves it uncovered, so a second tap (a double
    // tap opens the note) still lands on it.
    const note = page.getByRole("button", { name: /monter un budget/ });
    await note.click();
    await expect
      .poll(async () => {
        const [a, b] = [await note.boundingBox(), await picker.boundingBox()];
        if (!a || !b) return "not shown";
        const apart =
          a.y + a.height <= b.y ||
          b.y + b.height <= a.y ||
          a.x + a.width <= b.x ||
          b.x + b.width <= a.x;
        return apart ? "apart" : "covered";
      })
      .toBe("apart");
    await page.keyboard.press("Escape");
    const axe = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" ")}`)).toEqual(
      [],
    );
  });
});

describe("the board on a phone", () => {
  it.each([
    [360, 640],
    [390, 844],
  ])(
    "at %i×%i the page scrolls: pool, join code, then a canvas of most of the screen, the board under its tools",
    async (width, height) => {
      const page = await openBoard(width, height, seeded.boardUrl, true);
      await page.locator("section.cluster").first().waitFor();
      const canvas = await page.locator(".canvas").boundingBox();
      expect(canvas?.height ?? 0).toBeGreaterThan(height * 0.75);
      // The join code shows whole in its panel; its QR code is behind « Agrandir ».
      const code = page.getByTestId("join-code");
      await code.scrollIntoViewIfNeeded();
      const codeBox = await code.boundingBox();
      const panelBox = await page.locator(".join-panel").boundingBox();
      expect(
        codeBox && panelBox && codeBox.y + codeBox.height <= panelBox.y + panelBox.height,
      ).toBe(true);
      expect(await page.locator(".join-panel > .qr").isVisible()).toBe(false);
      // The board, fitted, sits below the canvas's tools (two lines of them on the narrower).
      await page.locator(".canvas").scrollIntoViewIfNeeded();
      await expect.poll(() => misplacedClusters(page, "under the tools")).toEqual([]);
      await expect.poll(() => misplacedClusters(page, "outside the canvas")).toEqual([]);
      await page.getByRole("button", { name: /Agrandir/ }).click();
      await page.getByRole("dialog").locator(".qr").waitFor({ state: "visible" });
    },
  );

  it("at 360×640, an empty board offers the reference families across its canvas, near its top", async () => {
    const { base } = seeded.server;
    const empty = await post<{ workshopId: string; facilitatorKey: string }>(
      `${base}/api/workshops`,
      { title: "Atelier", prompt: "Quelles sont vos compétences ?" },
    );
    const page = await openBoard(
      360,
      640,
      `${base}/b/${empty.workshopId}#key=${empty.facilitatorKey}`,
      true,
    );
    await page.getByRole("button", { name: /Ajouter les 10 familles/ }).waitFor();
    const canvas = await page.locator(".canvas").boundingBox();
    const card = await page.locator(".canvas-empty").boundingBox();
    if (!canvas || !card) throw new Error("no canvas or no offer");
    expect(card.width).toBeGreaterThan(canvas.width * 0.8);
    expect(card.y - canvas.y).toBeLessThan(canvas.height * 0.3);
  });
});

describe("the board on a projector", () => {
  it.each([
    [1920, 1080],
    [1280, 720],
  ])(
    "at %i×%i, full screen fills the screen without scrolling, join code in view",
    async (width, height) => {
      const page = await projector(width, height);
      await page.getByRole("button", { name: "Plein écran", exact: true }).click();
      await page.waitForFunction(() => document.fullscreenElement !== null);
      await expect
        .poll(() =>
          page.evaluate(() => {
            const board = document.querySelector<HTMLElement>(".board");
            const canvas = document.querySelector(".canvas")?.getBoundingClientRect();
            return (
              board !== null &&
              board.scrollHeight <= board.clientHeight + 1 &&
              canvas !== undefined &&
              canvas.bottom <= window.innerHeight + 1 &&
              canvas.height > window.innerHeight / 2
            );
          }),
        )
        .toBe(true);
      // Latecomers can still join: the code is on screen.
      const code = await page.getByTestId("join-code").boundingBox();
      expect(code).not.toBeNull();
      expect((code?.y ?? Number.POSITIVE_INFINITY) + (code?.height ?? 0)).toBeLessThanOrEqual(
        height,
      );

      // « Tout voir » shows every family whole.
      await page.getByRole("button", { name: "Tout voir" }).click();
      await expect.poll(() => misplacedClusters(page, "outside the canvas")).toEqual([]);
      await page.getByRole("button", { name: "Quitter le plein écran" }).click();
      await page.waitForFunction(() => document.fullscreenElement === null);
    },
  );
});
