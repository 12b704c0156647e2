// Benchmark, not a test: big boards in Chromium. For 2,000 and 5,000 notes: the board's first
// render (beside a page that only decodes the same document and puts its notes in the page:
// boardFloor/), frame times while a note is dragged with the mouse, then while two co-facilitators
// drag at once; at 2,000 notes, a phone (390×844, CPU slowed 4×) showing the sorted board.
//   npm run bench:board      (builds the client first if it is stale)
import os from "node:os";
import { startServerProcess } from "@troc/server/test/serverProcess";
import type { SkillsMap } from "@troc/shared";
import { toSkillsMap } from "@troc/shared";
import type { Browser, Page } from "playwright-core";
import { drawnAtFirst } from "../client/src/components/revealSteps";
import {
  launchChromium,
  newBoardContext,
  newPhoneContext,
  tempDataDir,
} from "../e2e/support/browser";
import { post } from "../e2e/support/strasbourg";
import { syntheticBoard } from "../e2e/support/syntheticBoard";
import { serveFloor } from "./boardFloor/serve";
import { describeWork, mainThreadWork } from "./mainThreadWork";

interface Workshop {
  workshopId: string;
  facilitatorKey: string;
  joinCode: string;
}

// Frame times from requestAnimationFrame, recorded in the page. Strings, not functions: tsx
// would wrap a function's inner names in a helper the page lacks.
const START_FRAMES = `
  window.frames_ = [];
  window.recording_ = true;
  let last = performance.now();
  const tick = (now) => {
    window.frames_.push(now - last);
    last = now;
    if (window.recording_) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;
const STOP_FRAMES = "window.recording_ = false; window.frames_.slice(1)";

function summary(frames: number[]): string {
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const over = frames.filter((f) => f > 50).length;
  return `${at(0.5).toFixed(1)} / ${at(0.95).toFixed(1)} / ${(sorted.at(-1) ?? 0).toFixed(1)} ms, ${over} over 50 ms (${frames.length} frames)`;
}

/** Drags the first pool note across the canvas with the mouse, in `steps` moves. */
async function dragAcross(page: Page, steps = 120): Promise<void> {
  const box = await page.locator(".pool [data-note-id]").first().boundingBox();
  const canvas = await page.locator(".canvas").boundingBox();
  if (!box || !canvas) throw new Error("board not laid out");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    const x = box.x + (canvas.x + canvas.width * 0.8 - box.x) * (i / steps);
    const y = box.y + (canvas.y + canvas.height * 0.5 - box.y) * Math.sin((i / steps) * Math.PI);
    await page.mouse.move(x, y);
  }
  await page.mouse.up();
}

/**
 * How many notes the board draws on opening: every family's, and the pool's whole or, when it
 * is long, its first step (the rest as the facilitator scrolls the pool).
 */
function drawnOnOpening(map: SkillsMap): number {
  const sorted = map.families.reduce((count, family) => count + family.skills.length, 0);
  return sorted + drawnAtFirst(map.unsorted.length);
}

/** Waits until `count` notes (elements with a note's id) are in the page. */
const notesInPage = (page: Page, count: number) =>
  page.waitForFunction((n) => document.querySelectorAll("[data-note-id]").length >= n, count);

/** Opens the board and waits until the notes it draws on opening are in the page. */
async function gotoBoard(page: Page, base: string, w: Workshop, drawn: number) {
  await page.goto(`${base}/b/${w.workshopId}#key=${w.facilitatorKey}`);
  await notesInPage(page, drawn);
}

async function openBoard(browser: Browser, base: string, w: Workshop, drawn: number) {
  const page = await (await newBoardContext(browser)).newPage();
  const opened = Date.now();
  await gotoBoard(page, base, w, drawn);
  return { page, firstRender: Date.now() - opened };
}

// Single openings here move by a third from one to the next: a median says more.
const OPENINGS = 5;

const median = (samples: number[]): number =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? 0;

/** Median, then range, of a few timings. */
function spread(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `median ${median(samples)} ms (${sorted[0]}–${sorted.at(-1)} ms, ${samples.length} runs)`;
}

/** The floor's opening (boardFloor/): goto → a button per note in the page. */
async function openFloor(browser: Browser, url: string, notes: number): Promise<number> {
  const context = await newBoardContext(browser);
  const page = await context.newPage();
  const opened = Date.now();
  await page.goto(url);
  await notesInPage(page, notes);
  const elapsed = Date.now() - opened;
  await context.close();
  return elapsed;
}

/** The same opening, traced (tracing slows it: its time is not the first render's). */
async function traceOpening(
  browser: Browser,
  base: string,
  w: Workshop,
  notes: number,
  drawn: number,
) {
  const page = await (await newBoardContext(browser)).newPage();
  const work = await mainThreadWork(page, () => gotoBoard(page, base, w, drawn));
  console.log(`${notes} notes\tfirst render, the page's main thread\t${describeWork(work)}`);
  await page.context().close();
}

async function measureBoard(browser: Browser, base: string, notes: number) {
  const map = toSkillsMap(syntheticBoard({ notes, families: Math.round(notes / 80), people: 300 }));
  const w = await post<Workshop>(`${base}/api/workshops`, { from: map });
  const drawn = drawnOnOpening(map);
  const floor = await serveFloor(map);
  // Alternated, so that both sides see the machine as busy.
  const renders: number[] = [];
  const floors: number[] = [];
  for (let i = 1; i < OPENINGS; i++) {
    const opening = await openBoard(browser, base, w, drawn);
    renders.push(opening.firstRender);
    await opening.page.context().close();
    floors.push(await openFloor(browser, floor.url, notes));
  }
  const { page, firstRender } = await openBoard(browser, base, w, drawn);
  renders.push(firstRender);
  floors.push(await openFloor(browser, floor.url, notes));
  floor.close();
  console.log(
    `${notes} notes\tfirst render (goto → every family's notes and the pool's first shown)\t${spread(renders)}`,
  );
  console.log(
    `${notes} notes\tthe floor: same document, decoded and put in the page by a bare page\t${spread(floors)}; Troc ${(median(renders) / median(floors)).toFixed(2)}× the floor`,
  );
  await traceOpening(browser, base, w, notes, drawn);

  await page.evaluate(START_FRAMES);
  await dragAcross(page);
  console.log(
    `${notes} notes\tmouse drag, frame p50 / p95 / max\t${summary(await page.evaluate(STOP_FRAMES))}`,
  );
  const work = await mainThreadWork(page, () => dragAcross(page));
  console.log(`${notes} notes\tmouse drag, the page's main thread\t${describeWork(work)}`);

  // A co-facilitator drags on a second device meanwhile: this board redraws their moves.
  const other = await openBoard(browser, base, w, drawn);
  await page.evaluate(START_FRAMES);
  await Promise.all([dragAcross(page), dragAcross(other.page)]);
  console.log(
    `${notes} notes\ttwo co-facilitators dragging, frame p50 / p95 / max\t${summary(await page.evaluate(STOP_FRAMES))}`,
  );
  await other.page.context().close();
  return { page, workshop: w };
}

/** A phone at 390×844 with the CPU slowed 4×: the sorted board of a 2,000-note workshop. */
async function measurePhone(browser: Browser, base: string, board: Page, w: Workshop) {
  await board.getByRole("radio", { name: "Tri" }).check();
  const page = await (await newPhoneContext(browser)).newPage();
  await page.goto(`${base}/j/${w.joinCode}`);
  await page.getByLabel("Prénom ou pseudonyme").fill("Camille");
  await page.getByRole("button", { name: "Commencer" }).click();
  await page.locator(".sorted-board__notes li").first().waitFor();

  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const shown: number[] = [];
  for (let i = 0; i < OPENINGS; i++) {
    const opened = Date.now();
    await page.reload();
    await page.locator(".sorted-board__notes li").first().waitFor();
    shown.push(Date.now() - opened);
  }
  console.log(`phone, 4× slower CPU\tsorted board shown (reload → first note)\t${spread(shown)}`);

  await page.evaluate(START_FRAMES);
  for (let i = 0; i < 60; i++) await page.mouse.wheel(0, 400);
  await page.waitForTimeout(500);
  console.log(
    `phone, 4× slower CPU\tscrolling, frame p50 / p95 / max\t${summary(await page.evaluate(STOP_FRAMES))}`,
  );
  await page.context().close();
}

const server = await startServerProcess(tempDataDir());
const browser = await launchChromium();
try {
  console.log(`${os.cpus()[0]?.model ?? "CPU"} ×${os.cpus().length}, ${new Date().toISOString()}`);
  const { page, workshop } = await measureBoard(browser, server.base, 2_000);
  await measurePhone(browser, server.base, page, workshop);
  await page.context().close();
  await (await measureBoard(browser, server.base, 5_000)).page.context().close();
} finally {
  await browser.close();
  server.child.kill("SIGTERM");
}
