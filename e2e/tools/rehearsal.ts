// A workshop rehearsed as its users run it, with timings: a projected board (1920×1080), a
// co-facilitator's tablet (1024×768, touch) and eight phones (390×844 and 360×640) through
// every phase. Prints what each step took.   npx tsx e2e/tools/rehearsal.ts
// (the client must be built: npm run build, or any npm start)
import os from "node:os";
import { startServerProcess } from "@troc/server/test/serverProcess";
import type { Page } from "playwright-core";
import { launchChromium, newTabletContext, tempDataDir } from "../support/browser";
import { post } from "../support/strasbourg";

const PEOPLE = ["Léa", "Marc", "Inès", "Thomas", "Sophie", "Karim", "Julie", "Yann"];
const SKILLS = [
  ["organiser un colloque", "chercher des subventions", "faire du yoga"],
  ["négocier un contrat", "monter un budget prévisionnel", "parler espagnol"],
  ["animer une réunion", "rédiger un dossier de presse", "chanter"],
];

const server = await startServerProcess(tempDataDir());
const browser = await launchChromium();
const timings: [string, number][] = [];
async function step<T>(what: string, run: () => Promise<T>): Promise<T> {
  const start = Date.now();
  const result = await run();
  timings.push([what, Date.now() - start]);
  return result;
}
try {
  const workshop = await post<{ workshopId: string; facilitatorKey: string; joinCode: string }>(
    `${server.base}/api/workshops`,
    { title: "Répétition", prompt: "Quelles sont vos compétences ?" },
  );
  const boardUrl = `${server.base}/b/${workshop.workshopId}#key=${workshop.facilitatorKey}`;
  const board = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: "fr-FR" })
  ).newPage();
  await step("board opened (goto → join code shown)", async () => {
    await board.goto(boardUrl);
    await board.getByTestId("join-code").waitFor();
  });
  const tablet = await (await newTabletContext(browser)).newPage();
  await step("board: « Partager le tableau… » → a co-facilitator link shown", async () => {
    await board.getByRole("button", { name: "Partager le tableau…" }).click();
    await board.getByRole("button", { name: "Afficher le lien et son QR code" }).click();
    await board.getByTestId("board-link").waitFor();
  });
  const link = new URL(await board.getByTestId("board-link").inputValue());
  await board.getByRole("button", { name: "Fermer" }).click();
  await step("co-facilitator's tablet opened with that link", async () => {
    await tablet.goto(`${server.base}${link.pathname}${link.hash}`);
    await tablet.getByTestId("join-code").waitFor();
  });

  const phones: Page[] = [];
  for (const [i, name] of PEOPLE.entries()) {
    const size = i % 2 === 0 ? { width: 390, height: 844 } : { width: 360, height: 640 };
    const context = await browser.newContext({
      viewport: size,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      locale: "fr-FR",
    });
    const phone = await context.newPage();
    phones.push(phone);
    await step(
      `phone ${i + 1} (${size.width}×${size.height}): link → first note on the board`,
      async () => {
        await phone.goto(`${server.base}/j/${workshop.joinCode}`);
        await phone.getByLabel("Prénom ou pseudonyme").fill(name);
        await phone.getByRole("button", { name: "Commencer" }).tap();
        const field = phone.getByRole("textbox", { name: "Votre compétence" });
        const text = `${SKILLS[i % 3]?.[0]} (${name})`;
        await field.fill(text);
        await field.press("Enter");
        await board.getByText(text).waitFor();
      },
    );
  }
  await step("8 phones × 2 more notes, all on the board", async () => {
    await Promise.all(
      phones.map(async (phone, i) => {
        const field = phone.getByRole("textbox", { name: "Votre compétence" });
        for (const skill of SKILLS[i % 3]?.slice(1) ?? []) {
          await field.fill(`${skill} (${PEOPLE[i]})`);
          await field.press("Enter");
          await phone.getByText(`Envoyé : « ${skill} (${PEOPLE[i]}) »`).waitFor();
        }
      }),
    );
    await board.waitForFunction(() => document.querySelectorAll("[data-note-id]").length >= 24);
  });

  await step("phase « Tri » on the board → every phone shows the sorted board", async () => {
    await board.getByRole("radio", { name: "Tri" }).check();
    await Promise.all(phones.map((phone) => phone.locator(".sorted-board").waitFor()));
  });
  await step("tablet: tap a note, « Nouvelle famille », its name, Enter → a family", async () => {
    await tablet.locator(".pool [data-note-id]").first().tap();
    await tablet.getByRole("button", { name: "Nouvelle famille" }).tap();
    await tablet.getByRole("textbox", { name: /Nom de la nouvelle famille/ }).fill("Finances");
    await tablet.keyboard.press("Enter");
    await board.locator("section.cluster", { hasText: "Finances" }).waitFor();
  });
  await step("tablet: 5 more notes sorted by tapping a note, then its family", async () => {
    for (let i = 0; i < 5; i++) {
      await tablet.locator(".pool [data-note-id]").first().tap();
      await tablet
        .getByRole("region", { name: "1 post-it sélectionné" })
        .getByRole("button", { name: "Finances", exact: true })
        .tap();
    }
    await board.waitForFunction(
      () => document.querySelectorAll("section.cluster [data-note-id]").length >= 6,
    );
  });

  await step(
    "follow me: board shows « Finances » → 4 phones tick « Suivre », scroll to it",
    async () => {
      const following = phones.slice(0, 4);
      await board.getByLabel("Options de la famille Finances").click();
      await board
        .locator("details[open]")
        .getByRole("button", { name: "Montrer aux téléphones" })
        .click();
      await Promise.all(
        following.map(async (phone) => {
          await phone.getByRole("checkbox", { name: "Suivre l'animation" }).check();
          await phone.waitForFunction(() => {
            const family = document.querySelector(".sorted-board__family--spotlit");
            const box = family?.getBoundingClientRect();
            return box !== undefined && box.top < window.innerHeight && box.bottom > 0;
          });
        }),
      );
    },
  );
  await step(
    "phase « Échanges » → a phone marks a note « ça m'intéresse », seen on the board",
    async () => {
      await board.getByRole("radio", { name: "Échanges" }).check();
      const phone = phones[1];
      if (!phone) throw new Error("no phone");
      await phone
        .getByRole("button", { name: /^Ça m'intéresse/ })
        .first()
        .tap();
      await board
        .getByText(/1 intéressé/)
        .first()
        .waitFor();
    },
  );
  await step("phase « Clôturé » → every phone says the workshop is over", async () => {
    await board.getByRole("radio", { name: "Clôturé" }).check();
    await Promise.all(phones.map((phone) => phone.getByText(/atelier est terminé/).waitFor()));
  });
  await step("export: the skills map as JSON from the board", async () => {
    const [file] = await Promise.all([
      board.waitForEvent("download"),
      board.getByRole("button", { name: "JSON" }).click(),
    ]);
    await file.path();
  });
  await step("board revokes the tablet's link → the tablet is refused", async () => {
    await board.getByRole("button", { name: "Partager le tableau…" }).click();
    await board.getByRole("button", { name: "Révoquer" }).click();
    await tablet.getByText(/Accès refusé/).waitFor();
  });

  console.log(
    `Rehearsal, ${os.cpus()[0]?.model ?? "CPU"} ×${os.cpus().length}, ${new Date().toISOString()}`,
  );
  for (const [what, ms] of timings) console.log(`${String(ms).padStart(6)} ms  ${what}`);
} finally {
  await browser.close();
  server.child.kill("SIGTERM");
}
