import { cleanContact, LIMITS } from "@troc/shared";
import type { FormEvent } from "react";
import { useEffect, useId, useState } from "react";
import { FormError } from "../components/FormError";
import { useAsyncAction } from "../components/useAsyncAction";
import { useT } from "../i18n/i18n";
import { useApi } from "../services/ApiContext";

interface ContactFormProps {
  workshopId: string;
  participantToken: string;
}

/**
 * "Rester en contact": an optional email or phone for swaps after the workshop. It goes to
 * the server over HTTP, never into the shared document, so only the organisers' export has it.
 */
export default function ContactForm({ workshopId, participantToken }: ContactFormProps) {
  const t = useT();
  const id = useId();
  const api = useApi();
  const [saved, setSaved] = useState<string | null>(null);
  const [draft, setDraft] = useState("");
  const [status, setStatus] = useState<"idle" | "saved" | "removed">("idle");
  const { busy, error, run } = useAsyncAction(true);

  useEffect(() => {
    let live = true;
    api.getContact(workshopId, participantToken).then(
      (contact) => {
        if (!live || contact === null) return;
        setSaved(contact);
        setDraft(contact);
      },
      () => {}, // offline or refused: the field simply starts empty, saving will say why
    );
    return () => {
      live = false;
    };
  }, [api, workshopId, participantToken]);

  const save = (contact: string | null) =>
    run(async () => {
      // The shared rule first: a slip of the thumb is explained without a round trip.
      const kept = await api.saveContact(
        workshopId,
        participantToken,
        contact === null ? null : cleanContact(contact),
      );
      setSaved(kept);
      setDraft(kept ?? "");
      setStatus(kept === null ? "removed" : "saved");
    });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus("idle");
    void save(draft);
  };

  return (
    <form className="card stack contact" onSubmit={onSubmit} noValidate>
      <h2 className="card__title">{t("participant.contactHeading")}</h2>
      <div className="field">
        <label htmlFor={`${id}-contact`}>{t("participant.contactLabel")}</label>
        <input
          id={`${id}-contact`}
          name="contact"
          autoComplete="email"
          inputMode="email"
          enterKeyHint="done"
          maxLength={LIMITS.contact.max * 2}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          aria-invalid={error ? true : undefined}
        />
        <p className="field__hint" id={`${id}-hint`}>
          {t("participant.contactHint")}
        </p>
      </div>
      <FormError id={`${id}-error`} error={error} />
      <p className="contact__status" role="status">
        {status === "saved" ? t("participant.contactSaved") : null}
        {status === "removed" ? t("participant.contactRemoved") : null}
      </p>
      <div className="contact__actions">
        <button className="button button--primary" type="submit" disabled={busy}>
          {t("participant.contactSave")}
        </button>
        {saved === null ? null : (
          <button className="button" type="button" disabled={busy} onClick={() => void save(null)}>
            {t("participant.contactRemove")}
          </button>
        )}
      </div>
    </form>
  );
}
