import { afterEach, describe, expect, it, vi } from "vitest";
import { enBoard } from "./board.en";
import { frBoard } from "./board.fr";
import { en as enCommon } from "./en";
import { fr as frCommon } from "./fr";
import type { MessageId } from "./i18n";
import { getLanguage, LANGUAGES, setLanguage, t } from "./i18n";
import { enPrivacy } from "./privacy.en";
import { frPrivacy } from "./privacy.fr";

// Both catalogues, common and board (the test setup registers the board's, as its chunk does).
const fr: Record<string, string> = { ...frCommon, ...frBoard, ...frPrivacy };
const en: Record<string, string> = { ...enCommon, ...enBoard, ...enPrivacy };
const ids = Object.keys(fr) as MessageId[];
/** The placeholder names a message uses, `{name}` and `{count, plural, …}` alike. */
const placeholders = (message: string) =>
  new Set([...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1]));
const SAMPLE = {
  name: "Ana",
  code: "AB12CD",
  count: 2,
  max: 280,
  min: 1,
  url: "http://x",
  text: "budget",
  names: "Ana, Bob",
  families: 3,
  skills: 12,
  minutes: 5,
  seconds: 30,
  contact: "ana@asso.fr",
  date: "20 novembre 2026",
  contactDays: 90,
  workshopDays: 365,
};

afterEach(() => setLanguage("fr"));

describe("the message catalogues", () => {
  it("give English every French id, with the same placeholders", () => {
    expect(Object.keys(en).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect([id, placeholders(en[id] ?? "")]).toEqual([id, placeholders(fr[id] ?? "")]);
    }
  });

  it.each(LANGUAGES)(
    "render every %s message whole: placeholders filled, apostrophes kept",
    async (language) => {
      await setLanguage(language);
      const catalogue = language === "fr" ? fr : en;
      for (const id of ids) {
        const shown = t(id, SAMPLE);
        expect(shown, id).not.toMatch(/[{}]/);
        expect(shown.split("'").length, id).toBe((catalogue[id] ?? "").split("'").length);
        if (placeholders(catalogue[id] ?? "").size === 0) expect(shown, id).toBe(catalogue[id]);
      }
    },
  );

  it("writes plurals from the count", () => {
    expect(t("board.noteCount", { count: 1 })).toBe("1 post-it");
    expect(t("board.noteCount", { count: 3 })).toBe("3 post-its");
  });
});

describe("the language", () => {
  it("is French by default, switches, and marks the page's language", async () => {
    expect(getLanguage()).toBe("fr");
    expect(t("participant.send")).toBe("Envoyer");
    await setLanguage("en");
    expect(t("participant.send")).toBe("Send");
    expect(document.documentElement.lang).toBe("en");
  });

  it("is remembered on this device for the next visit", async () => {
    await setLanguage("en");
    expect(localStorage.getItem("troc.language")).toBe("en");
    vi.resetModules();
    const reloaded = await import("./i18n");
    await reloaded.languageReady;
    expect(reloaded.getLanguage()).toBe("en");
    expect(reloaded.t("participant.hello", { name: "Ana" })).toBe("Hello Ana!");
  });

  it("ignores a remembered value it does not know", async () => {
    localStorage.setItem("troc.language", "klingon");
    vi.resetModules();
    const reloaded = await import("./i18n");
    await reloaded.languageReady;
    expect(reloaded.getLanguage()).toBe("fr");
  });
});
