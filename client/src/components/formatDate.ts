import { getLanguage } from "../i18n/i18n";

/** A day as people write it in the current language: "20 novembre 2026", "20 November 2026". */
export const formatDate = (ms: number): string =>
  new Intl.DateTimeFormat(getLanguage() === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long" }).format(
    new Date(ms),
  );
