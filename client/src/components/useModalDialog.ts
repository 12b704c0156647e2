import type { KeyboardEvent } from "react";
import { useEffect, useRef } from "react";

/**
 * A native modal <dialog> for a component mounted only while it is open: opens it on mount
 * (as a plain open dialog where showModal is missing: old browsers, jsdom), calls `onClose`
 * however it closes, and gives focus back to what had it when unmounted while open (browsers
 * do so only on close). Spread `ref` and `onKeyDown` on the <dialog>; `close` is its button's.
 */
export function useModalDialog(onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const modal = useRef(false);
  // The latest onClose without reopening the dialog when the parent re-renders.
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const opener = document.activeElement;
    modal.current = typeof element.showModal === "function";
    if (modal.current) element.showModal();
    else element.setAttribute("open", "");
    const closed = (): void => closeRef.current();
    element.addEventListener("close", closed);
    return () => {
      element.removeEventListener("close", closed);
      if (element.open && typeof element.close === "function") element.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  const close = (): void => {
    const element = ref.current;
    if (element && typeof element.close === "function") element.close();
    else closeRef.current();
  };

  // A modal dialog closes on Escape by itself (unless a field inside took the key); the plain
  // fallback needs telling.
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== "Escape" || event.defaultPrevented || modal.current) return;
    event.preventDefault();
    close();
  };

  return { ref, close, onKeyDown };
}
