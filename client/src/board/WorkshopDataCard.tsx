import { useState } from "react";
import type { WorkshopDetails } from "../api";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { formatDate } from "../components/formatDate";
import { useT } from "../i18n/i18n";
import { useApi } from "../services/ApiContext";

/**
 * The workshop's data: until when contacts and the workshop are kept without activity, and
 * deleting it all, after a confirmation.
 */
export function WorkshopDataCard({
  workshopId,
  facilitatorKey,
  details,
  onDeleted,
}: {
  workshopId: string;
  facilitatorKey: string;
  details: WorkshopDetails | null;
  onDeleted(): void;
}) {
  const t = useT();
  const api = useApi();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="facilitation-card workshop-data" aria-labelledby="workshop-data-title">
      <h2 id="workshop-data-title" className="facilitation-card__title">
        {t("workshopData.heading")}
      </h2>
      {details ? (
        <p className="workshop-data__dates">
          {t("workshopData.contactsUntil", { date: formatDate(details.contactsKeptUntil) })}{" "}
          {t("workshopData.workshopUntil", { date: formatDate(details.keptUntil) })}
        </p>
      ) : null}
      {/* A co-facilitator link may run the board, not delete the workshop (the server says 403). */}
      {details?.role === "cofacilitator" ? null : (
        <button
          type="button"
          className="button button--small button--destructive"
          aria-haspopup="dialog"
          onClick={() => setConfirming(true)}
        >
          {t("workshopData.delete")}
        </button>
      )}
      {confirming ? (
        <ConfirmDialog
          title={t("workshopData.deleteTitle")}
          confirmLabel={t("workshopData.deleteConfirm")}
          cancelLabel={t("workshopData.cancel")}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            await api.deleteWorkshop(workshopId, facilitatorKey);
            onDeleted();
          }}
        >
          <p>{t("workshopData.deleteText")}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
