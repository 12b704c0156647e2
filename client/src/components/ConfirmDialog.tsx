import type { ReactNode } from "react";
import { useId } from "react";
import { FormError } from "./FormError";
import { useAsyncAction } from "./useAsyncAction";
import { useModalDialog } from "./useModalDialog";

/**
 * Asks before something consequential: a modal dialog whose confirm button runs
 * `onConfirm` (its failure is shown in the dialog) and whose cancel button, Escape or the
 * backdrop close it. Mounted only while open.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onClose,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): Promise<void>;
  onClose(): void;
}) {
  const id = useId();
  const dialog = useModalDialog(onClose);
  const { busy, error, run } = useAsyncAction(true);
  return (
    <dialog
      ref={dialog.ref}
      className="confirm-dialog card stack"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onKeyDown={dialog.onKeyDown}
    >
      <h2 id={`${id}-title`} className="card__title">
        {title}
      </h2>
      <div id={`${id}-text`}>{children}</div>
      <FormError id={`${id}-error`} error={error} />
      <div className="confirm-dialog__actions">
        <button type="button" className="button" onClick={dialog.close} disabled={busy}>
          {cancelLabel}
        </button>
        <button
          type="button"
          className="button button--destructive"
          disabled={busy}
          onClick={() => void run(onConfirm)}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
