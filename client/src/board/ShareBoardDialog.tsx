import { useEffect, useId, useState } from "react";
import type { CofacilitatorLink } from "../api";
import { formatMoment } from "../components/formatDate";
import { useModalDialog } from "../components/useModalDialog";
import { describeError } from "../describeError";
import { useT } from "../i18n/i18n";
import { boardPath } from "../router/routes";
import { useApi } from "../services/ApiContext";
import { QrCode } from "./QrCode";
import { usePublicUrl } from "./usePublicUrl";

type Copy = "idle" | "copied" | "failed";

/**
 * Co-facilitator links for a second device: each has its own key, with facilitator rights on
 * this board until revoked here. The board is usually projected, so a new link and its QR
 * code stay hidden until asked for: copying it shows nothing to the room. Mounted only while
 * open.
 */
export function ShareBoardDialog({
  workshopId,
  facilitatorKey,
  onClose,
}: {
  workshopId: string;
  facilitatorKey: string;
  onClose(): void;
}) {
  const t = useT();
  const id = useId();
  const api = useApi();
  const base = usePublicUrl();
  const dialog = useModalDialog(onClose);
  const [shown, setShown] = useState(false);
  const [copy, setCopy] = useState<Copy>("idle");
  const [made, setMade] = useState<CofacilitatorLink | null>(null);
  const [links, setLinks] = useState<readonly CofacilitatorLink[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.listCofacilitatorLinks(workshopId, facilitatorKey).then(
      (answer) => live && setLinks(answer),
      (failure: unknown) => live && setError(describeError(failure)),
    );
    return () => {
      live = false;
    };
  }, [api, workshopId, facilitatorKey]);

  const urlOf = (key: string) => `${base}${boardPath(workshopId, { facilitatorKey: key })}`;
  /** This dialog's link: made once, on the first copy or show. */
  const link = async (): Promise<string> => {
    if (made?.key) return urlOf(made.key);
    const fresh = await api.createCofacilitatorLink(workshopId, facilitatorKey);
    setMade(fresh);
    setLinks((all) => [...all, fresh]);
    return urlOf(fresh.key ?? "");
  };
  const act = (action: () => Promise<void>) => () =>
    void action().then(
      () => setError(null),
      (failure: unknown) => setError(describeError(failure)),
    );
  const copyLink = act(async () => {
    const url = await link();
    try {
      // Missing outside secure contexts (a board opened by its LAN address over http).
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(url);
      setCopy("copied");
    } catch {
      setCopy("failed");
      setShown(true);
    }
  });
  const show = act(async () => {
    await link();
    setShown(true);
  });
  const revoke = (linkId: string) =>
    act(async () => {
      await api.revokeCofacilitatorLink(workshopId, facilitatorKey, linkId);
      setLinks((all) => all.filter((l) => l.id !== linkId));
      if (made?.id === linkId) {
        setMade(null);
        setShown(false);
        setCopy("idle");
      }
    });

  return (
    <dialog
      ref={dialog.ref}
      className="confirm-dialog share-dialog card stack"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onKeyDown={dialog.onKeyDown}
    >
      <h2 id={`${id}-title`} className="card__title">
        {t("share.title")}
      </h2>
      <p id={`${id}-text`}>{t("share.warning")}</p>
      <p role="status" className="share-dialog__status">
        {error ??
          (copy === "copied" ? t("share.copied") : copy === "failed" ? t("share.copyFailed") : "")}
      </p>
      {shown && made?.key ? (
        <div className="share-dialog__link">
          <QrCode value={urlOf(made.key)} label={t("share.qrLabel")} />
          <label className="field">
            <span>{t("share.linkLabel")}</span>
            <input
              readOnly
              value={urlOf(made.key)}
              onFocus={(event) => event.currentTarget.select()}
              data-testid="board-link"
            />
          </label>
        </div>
      ) : null}
      <div className="confirm-dialog__actions">
        <button type="button" className="button" onClick={dialog.close}>
          {t("share.close")}
        </button>
        {shown ? null : (
          <button type="button" className="button" onClick={show}>
            {t("share.show")}
          </button>
        )}
        <button type="button" className="button button--primary" onClick={copyLink}>
          {t("share.copy")}
        </button>
      </div>
      <section className="share-dialog__links" aria-labelledby={`${id}-links`}>
        <h3 id={`${id}-links`}>{t("share.linksTitle", { count: links.length })}</h3>
        {links.length === 0 ? (
          <p className="field__hint">{t("share.noLinks")}</p>
        ) : (
          <ul>
            {links.map((l) => (
              <li key={l.id}>
                <span>{t("share.madeAt", { when: formatMoment(l.createdAt) })}</span>
                <button
                  type="button"
                  className="button button--small button--danger"
                  onClick={revoke(l.id)}
                >
                  {t("share.revoke")}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </dialog>
  );
}

/** "Share the board": opens the dialog above; only the workshop's own key shares. */
export function ShareBoardButton({
  workshopId,
  facilitatorKey,
}: {
  workshopId: string;
  facilitatorKey: string;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t("share.open")}
      </button>
      {open ? (
        <ShareBoardDialog
          workshopId={workshopId}
          facilitatorKey={facilitatorKey}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
