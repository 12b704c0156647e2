import { getLanguage, setLanguage, useT } from "../i18n/i18n";

/** One button to the other language, named in that language ("English" / "Français"). */
export function LanguageSwitch() {
  const t = useT();
  const other = getLanguage() === "fr" ? "en" : "fr";
  return (
    <button
      className="button button--small language-switch"
      type="button"
      lang={other}
      title={t("language.label")}
      onClick={() => void setLanguage(other)}
    >
      {t("language.switch")}
    </button>
  );
}
