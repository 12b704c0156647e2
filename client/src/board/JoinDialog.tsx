import { useEffect, useId, useRef } from "react";
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
  const dialog = useRef<HTMLDialogElement>(null);
  // The latest onClose without reopening the dialog when the parent re-renders.
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // Browsers without showModal (old ones, jsdom) still show it, as a plain open dialog.
    if (typeof element.showModal === "function") element.showModal();
    else element.setAttribute("open", "");
    const closed = (): void => closeRef.current();
    element.addEventListener("close", closed);
    return () => {
      element.removeEventListener("close", closed);
      if (element.open && typeof element.close === "function") element.close();
    };
  }, []);

  const close = (): void => {
    const element = dialog.current;
    if (element && typeof element.close === "function") element.close();
    else closeRef.current();
  };

  return (
    <dialog ref={dialog} className="join-dialog" aria-labelledby={`${id}-title`}>
      <button type="button" className="button join-dialog__close" onClick={close}>
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
