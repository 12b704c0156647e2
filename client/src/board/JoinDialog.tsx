import { useId } from "react";
import { useModalDialog } from "../components/useModalDialog";
import { useT } from "../i18n/i18n";
import { QrCode } from "./QrCode";
import "./facilitation.css";

/**
 * The join QR code, code and address over the whole screen, for the back of the room. A
 * native modal <dialog>: it traps focus, closes on Escape, and the page behind stays inert.
 * Mounted only while open; `onClose` runs however it closes.
 */
export function JoinDialog({
  url,
  joinCode,
  onClose,
}: {
  url: string;
  joinCode: string;
  onClose(): void;
}) {
  const t = useT();
  const id = useId();
  const dialog = useModalDialog(onClose);

  return (
    <dialog
      ref={dialog.ref}
      className="join-dialog"
      aria-labelledby={`${id}-title`}
      onKeyDown={dialog.onKeyDown}
    >
      <button type="button" className="button join-dialog__close" onClick={dialog.close}>
        {t("join.close")}
      </button>
      <h2 id={`${id}-title`} className="join-dialog__title">
        {t("board.joinHeading")}
      </h2>
      <div className="join-dialog__body">
        <div className="join-dialog__qr">
          <QrCode value={url} label={t("board.qrLabel", { url })} />
        </div>
        <div className="join-dialog__text">
          <p className="join-dialog__code">
            <span className="join-dialog__code-label">{t("board.joinCodeLabel")}</span>
            <strong>{joinCode}</strong>
          </p>
          <p className="join-dialog__url">
            {t("board.joinUrlLabel")} <span>{url.replace(/^https?:\/\//, "")}</span>
          </p>
        </div>
      </div>
    </dialog>
  );
}
