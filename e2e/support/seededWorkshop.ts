import type { ServerProcess } from "@troc/server/test/serverProcess";
import { startServerProcess } from "@troc/server/test/serverProcess";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium, tempDataDir } from "./browser";
import type { Workshop } from "./strasbourg";
import { seedStrasbourg } from "./strasbourg";

export interface SeededWorkshop {
  browser: Browser;
  server: ServerProcess;
  workshop: Workshop;
  /** The board's address with its key and code in the fragment, as the creator gets it. */
  boardUrl: string;
}

/**
 * For a test file: Chromium and a server holding the Strasbourg workshop, started before its
 * tests and stopped after them. The fields are there once `beforeAll` has run.
 */
export function seededWorkshopPerFile(): SeededWorkshop {
  // Filled in by beforeAll, before any test reads it.
  const seeded = {} as SeededWorkshop;
  beforeAll(async () => {
    seeded.browser = await launchChromium();
    seeded.server = await startServerProcess(tempDataDir());
    seeded.workshop = await seedStrasbourg(seeded.server.base, seeded.server.wsBase);
    const { workshopId, facilitatorKey, joinCode } = seeded.workshop;
    seeded.boardUrl = `${seeded.server.base}/b/${workshopId}#key=${facilitatorKey}&code=${joinCode}`;
  });
  afterAll(async () => {
    await seeded.browser?.close();
    seeded.server?.child.kill("SIGKILL");
  });
  return seeded;
}
