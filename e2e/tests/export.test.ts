import fs from "node:fs";
import { skillsMapSchema } from "@troc/shared";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { newBoardContext } from "../support/browser";
import { seededWorkshopPerFile } from "../support/seededWorkshop";

const seeded = seededWorkshopPerFile();
let board: Page;
beforeAll(async () => {
  board = await (await newBoardContext(seeded.browser)).newPage();
  await board.goto(seeded.boardUrl);
  await board.locator("[data-note-id]").first().waitFor();
});

async function download(label: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    board.waitForEvent("download"),
    board.getByRole("button", { name: label }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(path) };
}

describe("exports from the board", () => {
  it("downloads the skills map as JSON", async () => {
    const { name, bytes } = await download("JSON");
    expect(name).toMatch(/^Atelier-Troc-de-Competences-\d{4}-\d\d-\d\d\.json$/);
    const map = skillsMapSchema.parse(JSON.parse(bytes.toString("utf8")));
    expect(map.families).toHaveLength(9);
    expect(map.unsorted.map((s) => s.text)).toContain("faire une mousse au chocolat");
  });

  it("draws the board as a PNG picture in the browser", async () => {
    const { name, bytes } = await download("Image (PNG)");
    expect(name).toMatch(/\.png$/);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(1000); // width, at twice the SVG's scale
  });
});
