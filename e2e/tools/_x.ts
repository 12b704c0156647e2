import { startServerProcess } from "@troc/server/test/serverProcess";
import { launchChromium, newBoardContext, tempDataDir } from "../support/browser";
import { seedStrasbourg } from "../support/strasbourg";

const server = await startServerProcess(tempDataDir());
const browser = await launchChromium();
try {
  const w = await seedStrasbourg(server.base, server.wsBase);
  const page = await (await newBoardContext(browser)).newPage();
  await page.goto(`${server.base}/b/${w.workshopId}#key=${w.facilitatorKey}&code=${w.joinCode}`);
  await page.locator("[data-note-id]").first().waitFor();
  await page.waitForTimeout(1500);
  console.log(page.viewportSize());
  const boxes = await page.locator("section.cluster").evaluateAll((s) =>
    s.map((e) => {
      const r = e.getBoundingClientRect();
      return [
        e.querySelector("h2")?.textContent,
        Math.round(r.x),
        Math.round(r.y),
        Math.round(r.width),
        Math.round(r.height),
      ];
    }),
  );
  console.log(JSON.stringify(boxes));
  const cl = (name: string) =>
    page
      .locator("section.cluster")
      .filter({ has: page.getByRole("heading", { name, exact: true }) });
  const canvas = await page.locator(".canvas").boundingBox();
  if (!canvas) throw new Error("x");
  for (let i = 0; i < 3; i++)
    await page.locator(".canvas").getByRole("button", { name: "Zoomer", exact: true }).click();
  await page.waitForTimeout(500);
  const target = cl("Gestion et organisation");
  console.log("canvas", canvas, "target", await target.boundingBox());
  const note = await page.getByRole("button", { name: /parler espagnol/ }).boundingBox();
  if (!note) throw new Error("x");
  await page.mouse.move(note.x + note.width / 2, note.y + note.height / 2);
  await page.mouse.down();
  await page.mouse.move(note.x + 30, note.y + 30, { steps: 3 });
  const edge = { x: canvas.x + canvas.width - 10, y: canvas.y + canvas.height / 2 };
  await page.mouse.move(edge.x, edge.y, { steps: 10 });
  for (let i = 0; i < 10; i++) {
    await page.mouse.move(edge.x, edge.y + 1);
    await page.mouse.move(edge.x, edge.y);
    await page.waitForTimeout(200);
    console.log(
      i,
      await target.boundingBox(),
      await page.locator(".canvas__plane").getAttribute("style"),
    );
  }
  await page.screenshot({ path: "/tmp/prof/board.png" });
  await page.mouse.up();
} finally {
  await browser.close();
  server.child.kill("SIGTERM");
}
