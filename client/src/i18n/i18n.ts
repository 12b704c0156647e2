import type { Messages } from "@lingui/core";
import { setupI18n } from "@lingui/core";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import { useSyncExternalStore } from "react";
import type { frBoard } from "./board.fr";
import { fr } from "./fr";
import type { frPrivacy } from "./privacy.fr";

/** Every message id: the common ones, the board's and the data pages' (registered by them). */
export type MessageId = keyof typeof fr | keyof typeof frBoard | keyof typeof frPrivacy;

export const LANGUAGES = ["fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "troc.language";

// The catalogues are plain TypeScript the compiler checks. A build compiles them
// (client/build/precompileMessages.ts), so the bundle carries no compiler; tests and the dev server
// compile them here, at start-up.
const compile = (messages: Readonly<Record<string, string>>): Messages =>
  import.meta.env.PROD
    ? (messages as Messages)
    : Object.fromEntries(
        Object.entries(messages).map(([id, message]) => [id, compileMessage(message)]),
      );

const isLanguage = (value: unknown): value is Language =>
  (LANGUAGES as readonly unknown[]).includes(value);

function rememberedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isLanguage(saved) ? saved : "fr";
  } catch {
    return "fr"; // storage blocked (private mode, policies): French, as for a first visit
  }
}

const i18n = setupI18n({ messages: { fr: compile(fr) } });

// French ships with the page; English is its own small chunk, fetched by those who ask for it.
const loaded = new Set<Language>(["fr"]);
async function load(language: Language): Promise<void> {
  if (loaded.has(language)) return;
  const { en } = await import("./en");
  i18n.load("en", compile(en));
  loaded.add(language);
}

/** Adds a page's own messages to both catalogues (the board registers its own on load). */
export function registerMessages(
  french: Readonly<Record<string, string>>,
  english: Readonly<Record<string, string>>,
): void {
  i18n.load({ fr: compile(french), en: compile(english) }); // merged into what is loaded
}

function activate(language: Language): void {
  i18n.activate(language);
  if (typeof document !== "undefined") document.documentElement.lang = language;
}

activate("fr");

/**
 * Settles once the language this device remembers is loaded and active: the page renders
 * after it, so an English reader never sees a flash of French.
 */
export const languageReady: Promise<void> = (async () => {
  const language = rememberedLanguage();
  if (language === "fr") return;
  try {
    await load(language);
    activate(language);
  } catch {
    // English could not be fetched (offline first visit): French, which is always there.
  }
})();

/** The message `id` in the current language, its `{placeholders}` filled from `values`. */
export function t(id: MessageId, values?: Readonly<Record<string, string | number>>): string {
  return i18n._(id, values);
}

export const getLanguage = (): Language => (isLanguage(i18n.locale) ? i18n.locale : "fr");

/**
 * Switches every mounted component (through useT) and remembers the choice on this device;
 * at once when the language is loaded, else once its chunk has arrived.
 */
let requested: Language = "fr";

export function setLanguage(language: Language): Promise<void> {
  requested = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but still switched for this visit.
  }
  if (loaded.has(language)) {
    activate(language);
    return Promise.resolve();
  }
  // A quicker switch back while the chunk was on its way wins.
  return load(language).then(() => {
    if (requested === language) activate(language);
  });
}

const subscribe = (listener: () => void): (() => void) => i18n.on("change", listener);

/**
 * `t` for a component: calling it subscribes the component to the language, so memoised
 * components re-render on a switch too.
 */
export function useT(): typeof t {
  useSyncExternalStore(subscribe, getLanguage, getLanguage);
  return t;
}
