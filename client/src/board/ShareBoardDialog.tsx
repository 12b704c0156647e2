import { useId, useState } from "react";
import { useModalDialog } from "../components/useModalDialog";
import { useT } from "../i18n/i18n";
import { boardPath } from "../router/routes";
import { QrCode } from "./QrCode";
import { usePublicUrl } from "./usePublicUrl";

type Copy = "idle" | "copied" | "failed";

/**
 * The board's link, facilitator key included, for a co-facilitator's device. The board is
 * usually projected, so the link and its QR code stay hidden until asked for: copying it
 * shows nothing to the room. Mounted only while open.
 */
export function ShareBoardDialog({ url, onClose }: { url: string; onClose(): void }) {
  const t = useT();
  const id = useId();
  const dialog = useModalDialog(onClose);
  const [shown, setShown] = useState(false);
  const [copy, setCopy] = useState<Copy>("idle");

  const copyLink = async (): Promise<void> => {
    try {
      // Missing outside secure contexts (a board opened by its LAN address over http).
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(url);
      setCopy("copied");
    } catch {
      setCopy("failed");
      setShown(true);
    }
  };

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
        {copy === "copied" ? t("share.copied") : copy === "failed" ? t("share.copyFailed") : ""}
      </p>
      {shown ? (
        <div className="share-dialog__link">
          <QrCode value={url} label={t("share.qrLabel")} />
          <label className="field">
            <span>{t("share.linkLabel")}</span>
            <input
              readOnly
              value={url}
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
          <button type="button" className="button" onClick={() => setShown(true)}>
            {t("share.show")}
          </button>
        )}
        <button type="button" className="button button--primary" onClick={() => void copyLink()}>
          {t("share.copy")}
        </button>
      </div>
    </dialog>
  );
}

/** "Share the board": opens the dialog above with this board's link and key. */
export function ShareBoardButton({
  workshopId,
  facilitatorKey,
}: {
  workshopId: string;
  facilitatorKey: string;
}) {
  const t = useT();
  const base = usePublicUrl();
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
          url={`${base}${boardPath(workshopId, { facilitatorKey })}`}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
