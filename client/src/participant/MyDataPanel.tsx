import "../i18n/privacyMessages";
import { useEffect, useId, useState } from "react";
import type { MyData } from "../api";
import { saveFile } from "../board/download";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { FormError } from "../components/FormError";
import { formatDate } from "../components/formatDate";
import { describeError } from "../describeError";
import { useT } from "../i18n/i18n";
import { useApi } from "../services/ApiContext";

interface MyDataPanelProps {
  workshopId: string;
  participantToken: string;
  /** The server erased everything: forget this phone's identity and copy too. */
  onErased(): Promise<void>;
}

/**
 * "Mes données": what the workshop stores about this participant, to read, download (JSON)
 * and erase. Loaded only when asked for, with its own messages.
 */
export default function MyDataPanel({ workshopId, participantToken, onErased }: MyDataPanelProps) {
  const t = useT();
  const id = useId();
  const api = useApi();
  const [data, setData] = useState<MyData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    let live = true;
    api.getMyData(workshopId, participantToken).then(
      (answer) => live && setData(answer),
      (failure: unknown) => live && setError(describeError(failure)),
    );
    return () => {
      live = false;
    };
  }, [api, workshopId, participantToken]);

  return (
    <section className="card stack my-data" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title">
        {t("privacy.heading")}
      </h2>
      <FormError id={`${id}-error`} error={error} />
      {data === null ? (
        error === null ? (
          <p aria-busy="true">{t("privacy.loading")}</p>
        ) : null
      ) : (
        <>
          <p>{t("privacy.intro")}</p>
          <ul className="my-data__list">
            <li>{t("privacy.name", { name: data.name })}</li>
            <li>
              {t("privacy.notes", { count: data.notes.length })}
              {data.notes.length > 0
                ? ` : ${data.notes.map((n) => `«\u00a0${n.text}\u00a0»`).join(", ")}`
                : ""}
            </li>
            <li>{t("privacy.interests", { count: data.interests.length })}</li>
            <li>
              {data.contact === null
                ? t("privacy.noContact")
                : t("privacy.contact", { contact: data.contact })}
            </li>
          </ul>
          <p className="field__hint">
            {t("privacy.keptUntil", { date: formatDate(data.keptUntil) })}
          </p>
          <div className="my-data__actions">
            <button
              type="button"
              className="button"
              onClick={() =>
                saveFile(
                  new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: "application/json" }),
                  "troc-mes-donnees.json",
                )
              }
            >
              {t("privacy.download")}
            </button>
            <button
              type="button"
              className="button button--destructive"
              onClick={() => setConfirming(true)}
            >
              {t("privacy.erase")}
            </button>
          </div>
        </>
      )}
      {confirming ? (
        <ConfirmDialog
          title={t("privacy.eraseTitle")}
          confirmLabel={t("privacy.eraseConfirm")}
          cancelLabel={t("privacy.cancel")}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            await api.eraseMe(workshopId, participantToken);
            await onErased();
          }}
        >
          <p>{t("privacy.eraseText")}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
