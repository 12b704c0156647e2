import "../i18n/privacyMessages";
import { useEffect, useState } from "react";
import type { PrivacyFacts } from "../api";
import { useT } from "../i18n/i18n";
import { useApi } from "../services/ApiContext";

/** `/confidentialite`: what Troc keeps about participants, who sees it and for how long. */
export function PrivacyPage() {
  const t = useT();
  const api = useApi();
  const [facts, setFacts] = useState<PrivacyFacts | null>(null);
  useEffect(() => {
    let live = true;
    api.getPrivacy().then(
      (answer) => live && setFacts(answer),
      () => {}, // the periods are then left out; the rest still holds
    );
    return () => {
      live = false;
    };
  }, [api]);
  return (
    <main className="privacy-page stack">
      {/* In the language the visitor chose on the join page (no switch here: it would split
          the phone's chunks and cost its first load). */}
      <h1 className="participant__prompt">{t("privacy.pageTitle")}</h1>
      <section className="card stack">
        <p>{t("privacy.pageWhat")}</p>
        <p>{t("privacy.pageWho")}</p>
        {facts ? (
          <p>
            {t("privacy.pageHowLong", {
              contactDays: facts.contactRetentionDays,
              workshopDays: facts.workshopRetentionDays,
            })}
          </p>
        ) : null}
        <p>{t("privacy.pageRights")}</p>
        <p>{t("privacy.pageNothingElse")}</p>
      </section>
      <a className="button" href="/">
        {t("participant.backHome")}
      </a>
    </main>
  );
}
