// Takes the README's and docs' screenshots from a real server and Chromium:
//   npx tsx e2e/tools/screenshots.ts
// The client must be built (npm run build, or any npm start).
import path from "node:path";
import { startServerProcess } from "@troc/server/test/serverProcess";
import {
  launchChromium,
  newBoardContext,
  newPhoneContext,
  newTabletContext,
  tempDataDir,
} from "../support/browser";
import { post, seedStrasbourg } from "../support/strasbourg";

const out = path.resolve(import.meta.dirname, "../../docs/screenshots");
const server = await startServerProcess(tempDataDir());
const browser = await launchChromium();
try {
  const workshop = await seedStrasbourg(server.base, server.wsBase);

  const landing = await (await newBoardContext(browser)).newPage();
  await landing.goto(`${server.base}/`);
  await landing.getByRole("button", { name: "Créer l'atelier" }).waitFor();
  await landing.screenshot({ path: path.join(out, "landing.png") });
  const landingPhone = await (await newPhoneContext(browser)).newPage();
  await landingPhone.goto(`${server.base}/`);
  await landingPhone.getByRole("button", { name: "Rejoindre" }).waitFor();
  await landingPhone.screenshot({ path: path.join(out, "landing-phone.png") });

  const board = await (await newBoardContext(browser)).newPage();
  await board.goto(
    `${server.base}/b/${workshop.workshopId}#key=${workshop.facilitatorKey}&code=${workshop.joinCode}`,
  );
  await board.locator("[data-note-id]").first().waitFor();
  await board.screenshot({ path: path.join(out, "board.png") });
  await board.screenshot({ path: path.join(out, "board-full.png"), fullPage: true });
  const [png] = await Promise.all([
    board.waitForEvent("download"),
    board.getByRole("button", { name: "Image (PNG)" }).click(),
  ]);
  await png.saveAs(path.join(out, "skills-map.png"));
  await board.emulateMedia({ media: "print" });
  await board.screenshot({ path: path.join(out, "board-print.png"), fullPage: true });
  await board.emulateMedia({ media: "screen" });

  // Sorting: suggestions and doublons in the side column, the picker, a note opened to deepen.
  await board.getByRole("radio", { name: "Tri" }).check();
  await board.waitForTimeout(300);
  await board.screenshot({ path: path.join(out, "board-sorting.png"), fullPage: true });
  await board.getByRole("button", { name: /faire du yoga/ }).click();
  await board.screenshot({ path: path.join(out, "board-picker.png") });
  await board.getByRole("button", { name: "Désélectionner" }).click();
  await board.getByRole("button", { name: /monter un budget/ }).dblclick();
  await board.locator("dialog[open]").waitFor();
  await board.screenshot({ path: path.join(out, "board-deepen.png") });
  await board.keyboard.press("Escape");
  await board.getByRole("radio", { name: "Écriture" }).check();
  const projector = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  ).newPage();
  await projector.goto(
    `${server.base}/b/${workshop.workshopId}#key=${workshop.facilitatorKey}&code=${workshop.joinCode}`,
  );
  await projector.locator("[data-note-id]").first().waitFor();
  await projector.waitForTimeout(500);
  await projector.screenshot({ path: path.join(out, "board-1080p.png") });
  // Sharing the board with a co-facilitator: hidden from the room, then shown on demand.
  await projector.getByRole("button", { name: "Partager le tableau…" }).click();
  const share = projector.getByRole("dialog", { name: "Ouvrir ce tableau sur un autre appareil" });
  await share.waitFor();
  await projector.screenshot({ path: path.join(out, "board-share.png") });
  await share.getByRole("button", { name: "Afficher le lien et son QR code" }).click();
  await share.getByTestId("board-link").waitFor();
  await projector.screenshot({ path: path.join(out, "board-share-shown.png") });
  await projector.keyboard.press("Escape");

  // Projected: 60 notes in families, the drawer folded, « Tout voir ».
  const big = await seedStrasbourg(server.base, server.wsBase, { sorted: true, familyNotes: 60 });
  const wall = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: "fr-FR" })
  ).newPage();
  await wall.goto(
    `${server.base}/b/${big.workshopId}#key=${big.facilitatorKey}&code=${big.joinCode}`,
  );
  await wall.locator("section.cluster").first().waitFor();
  await wall.getByRole("button", { name: "Outils", exact: true }).click();
  await wall.waitForTimeout(300);
  await wall.getByRole("button", { name: "Tout voir" }).click();
  await wall.waitForTimeout(300);
  await wall.screenshot({ path: path.join(out, "board-projected-60.png") });
  // A tablet: the drawer opens over the canvas.
  const tablet = await (await newTabletContext(browser)).newPage();
  await tablet.goto(`${server.base}/b/${big.workshopId}#key=${big.facilitatorKey}`);
  await tablet.locator("section.cluster").first().waitFor();
  await tablet.screenshot({ path: path.join(out, "board-tablet.png") });
  await tablet.getByRole("button", { name: "Outils", exact: true }).click();
  await tablet.screenshot({ path: path.join(out, "board-tablet-drawer.png") });
  // An empty board: the join code large under the pool.
  const empty = await post<{ workshopId: string; facilitatorKey: string; joinCode: string }>(
    `${server.base}/api/workshops`,
    { title: "Atelier", prompt: "Quelles sont vos compétences ?" },
  );
  await wall.goto(
    `${server.base}/b/${empty.workshopId}#key=${empty.facilitatorKey}&code=${empty.joinCode}`,
  );
  await wall.getByTestId("join-code").waitFor();
  await wall.waitForTimeout(300);
  await wall.screenshot({ path: path.join(out, "board-empty.png") });

  const phoneContext = await newPhoneContext(browser);
  const phone = await phoneContext.newPage();
  await phone.goto(`${server.base}/j/${workshop.joinCode}`);
  await phone.getByRole("button", { name: "Commencer" }).waitFor();
  await phone.screenshot({ path: path.join(out, "phone-join.png") });
  await phone.getByRole("textbox").first().fill("Camille");
  await phone.keyboard.press("Enter");
  const field = phone.getByRole("textbox", { name: "Votre compétence" });
  await field.waitFor();
  for (const text of ["faire un prévisionnel", "rédiger un programme de formation"]) {
    await field.fill(text);
    await field.press("Enter");
  }
  await phone.locator("[data-note-id]").nth(1).waitFor();
  await phone.waitForTimeout(300);
  await phone.screenshot({ path: path.join(out, "phone-notes.png") });
  await phone.setViewportSize({ width: 360, height: 640 });
  await phone.screenshot({ path: path.join(out, "phone-360-full.png"), fullPage: true });
  await phone.setViewportSize({ width: 390, height: 844 });

  // One picture per phase, the board's phase control driving the phone.
  const group = phone.getByRole("region", { name: "Les post-its du groupe" });
  await group.scrollIntoViewIfNeeded();
  await phone.screenshot({ path: path.join(out, "phone-writing-group.png") });
  await board.getByRole("radio", { name: "Tri" }).check();
  const sorted = phone.getByRole("region", { name: "Le tableau" });
  await sorted.getByRole("heading", { name: "Financements" }).scrollIntoViewIfNeeded();
  await phone.screenshot({ path: path.join(out, "phone-sorting.png") });
  // Follow me: the board shows a family; the phone says so, and follows once asked.
  await board.getByLabel("Options de la famille Négociation").click();
  await board
    .locator("details[open]")
    .getByRole("button", { name: "Montrer aux téléphones" })
    .click();
  await phone.getByRole("checkbox", { name: "Suivre l'animation" }).check();
  await phone.waitForTimeout(800);
  await phone.screenshot({ path: path.join(out, "phone-follow.png") });
  await board.screenshot({ path: path.join(out, "board-follow.png") });
  await board.getByRole("button", { name: "Ne plus montrer" }).click();
  await board.getByRole("radio", { name: "Échanges" }).check();
  const interest = sorted.getByRole("button", { name: /« monter un budget prévisionnel »/ });
  await interest.click();
  await interest.scrollIntoViewIfNeeded();
  await phone.screenshot({ path: path.join(out, "phone-exchange.png") });
  await phone.getByRole("textbox", { name: /E-mail ou téléphone/ }).fill("camille@asso.fr");
  await phone.getByRole("button", { name: "Enregistrer le contact" }).click();
  await phone.getByText(/Contact enregistré/).scrollIntoViewIfNeeded();
  await phone.screenshot({ path: path.join(out, "phone-contact.png") });
  await phone.getByRole("button", { name: "Mes données" }).click();
  const myData = phone.getByRole("region", { name: "Mes données" });
  await myData.getByText(/Prénom ou pseudonyme/).waitFor();
  await myData.scrollIntoViewIfNeeded();
  await phone.screenshot({ path: path.join(out, "phone-my-data.png") });
  await myData.getByRole("button", { name: "Tout effacer…" }).click();
  await phone.getByRole("dialog").waitFor();
  await phone.screenshot({ path: path.join(out, "phone-erase-confirm.png") });
  await phone.keyboard.press("Escape");
  await board.getByRole("radio", { name: "Clôturé" }).check();
  await phone.getByRole("region", { name: "Vos compétences" }).waitFor();
  await phone.evaluate(() => window.scrollTo(0, 0));
  await phone.screenshot({ path: path.join(out, "phone-closed.png") });
  await phone.getByRole("button", { name: "English" }).click();
  await phone.getByRole("region", { name: "Your skills" }).waitFor();
  await phone.screenshot({ path: path.join(out, "phone-closed-english.png") });
  await board.screenshot({ path: path.join(out, "board-phase-control.png") });
  const dataCard = board.getByRole("region", { name: "Données de l'atelier" });
  await dataCard.getByText(/contacts sont effacés/).waitFor();
  await dataCard.screenshot({ path: path.join(out, "board-workshop-data.png") });
  const privacy = await (await newPhoneContext(browser)).newPage();
  await privacy.goto(`${server.base}/confidentialite`);
  await privacy.getByText(/jours après la dernière activité/).waitFor();
  await privacy.screenshot({ path: path.join(out, "phone-privacy.png") });
  console.log(`screenshots written to ${out}`);
} finally {
  await browser.close();
  server.child.kill("SIGTERM");
}
