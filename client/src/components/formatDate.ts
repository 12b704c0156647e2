import { getLanguage } from "../i18n/i18n";

const locale = (): string => (getLanguage() === "fr" ? "fr-FR" : "en-GB");

/** A day as people write it in the current language: "20 novembre 2026", "20 November 2026". */
export const formatDate = (ms: number): string =>
  new Intl.DateTimeFormat(locale(), { dateStyle: "long" }).format(new Date(ms));

/** A day and time, short: "2 déc. 2026, 17:52". */
export const formatMoment = (ms: number): string =>
  new Intl.DateTimeFormat(locale(), { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(ms),
  );
