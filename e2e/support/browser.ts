import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { chromium } from "playwright-core";

/** Debian's Chromium; CHROMIUM_PATH overrides it on other machines. */
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless Chromium with the flags this sandboxed, offline machine needs. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export const PHONE = { width: 390, height: 844 } as const;
export const PROJECTOR = { width: 1440, height: 900 } as const;

/** A phone-sized context, as a participant's browser would be. */
export function newPhoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "fr-FR",
  });
}

export function newBoardContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: PROJECTOR, locale: "fr-FR" });
}

/** A co-facilitator's touch tablet. */
export function newTabletContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1024, height: 768 },
    hasTouch: true,
    locale: "fr-FR",
  });
}

export const tempDataDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), "troc-e2e-"));
