// Benchmark, not a test: a board of 2,000 notes in Chromium; times the first render, then the
// frames while a note is dragged across the canvas with the mouse, and prints the figures.
//   npm run bench:board      (the client must be built: npm run build, or any npm start)
import { startServerProcess } from "@troc/server/test/serverProcess";
import { toSkillsMap } from "@troc/shared";
import { launchChromium, newBoardContext, tempDataDir } from "../e2e/support/browser";
import { syntheticBoard } from "./syntheticBoard";

const NOTES = 2_000;
const server = await startServerProcess(tempDataDir());
const browser = await launchChromium();
try {
  const map = toSkillsMap(syntheticBoard({ notes: NOTES, families: 24, people: 300 }));
  const res = await fetch(`${server.base}/api/workshops`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ from: map }),
  });
  const workshop = (await res.json()) as { workshopId: string; facilitatorKey: string };

  const page = await (await newBoardContext(browser)).newPage();
  const opened = Date.now();
  await page.goto(`${server.base}/b/${workshop.workshopId}#key=${workshop.facilitatorKey}`);
  await page.waitForFunction((n) => document.querySelectorAll("[data-note-id]").length >= n, NOTES);
  const firstRender = Date.now() - opened;

  // Frame times from requestAnimationFrame, recorded in the page while the mouse drags.
  // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
  await page.evaluate(`
    window.frames_ = [];
    window.recording_ = true;
    let last = performance.now();
    const tick = (now) => {
      window.frames_.push(now - last);
      last = now;
      if (window.recording_) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  `);
  const note = page.locator(".pool [data-note-id]").first();
  const box = await note.boundingBox();
  const canvas = await page.locator(".canvas").boundingBox();
  if (!box || !canvas) throw new Error("board not laid out");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  const steps = 120;
  for (let i = 1; i <= steps; i++) {
    const x = box.x + (canvas.x + canvas.width * 0.8 - box.x) * (i / steps);
    const y = box.y + (canvas.y + canvas.height * 0.5 - box.y) * Math.sin((i / steps) * Math.PI);
    await page.mouse.move(x, y);
  }
  await page.mouse.up();
  const frames = (await page.evaluate(
    "window.recording_ = false; window.frames_.slice(1)",
  )) as number[];
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  console.log(`notes on the board\t${NOTES}`);
  console.log(`first render (goto → every note shown)\t${firstRender} ms`);
  console.log(`frames during a ${steps}-step mouse drag\t${frames.length}`);
  console.log(
    `frame time p50 / p95 / max\t${at(0.5).toFixed(1)} / ${at(0.95).toFixed(1)} / ${(sorted.at(-1) ?? 0).toFixed(1)} ms`,
  );
  console.log(`frames over 50 ms\t${frames.filter((f) => f > 50).length}`);
} finally {
  await browser.close();
  server.child.kill("SIGTERM");
}
