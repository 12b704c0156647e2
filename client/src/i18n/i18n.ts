import type { Messages } from "@lingui/core";
import { setupI18n } from "@lingui/core";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import { useSyncExternalStore } from "react";
import { en } from "./en";
import type { MessageId } from "./fr";
import { fr } from "./fr";

export type { MessageId } from "./fr";

export const LANGUAGES = ["fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "troc.language";

// Compiled once at start-up (a few hundred microseconds for both catalogues), which spares the
// build a Lingui compile step and keeps the catalogues plain TypeScript the compiler checks.
const compile = (messages: Readonly<Record<string, string>>): Messages =>
  Object.fromEntries(
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

const i18n = setupI18n({ messages: { fr: compile(fr), en: compile(en) } });

function activate(language: Language): void {
  i18n.activate(language);
  if (typeof document !== "undefined") document.documentElement.lang = language;
}

activate(rememberedLanguage());

/** The message `id` in the current language, its `{placeholders}` filled from `values`. */
export function t(id: MessageId, values?: Readonly<Record<string, string | number>>): string {
  return i18n._(id, values);
}

export const getLanguage = (): Language => (isLanguage(i18n.locale) ? i18n.locale : "fr");

/** Switches every mounted component (through useT) and remembers the choice on this device. */
export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but still switched for this visit.
  }
  activate(language);
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
