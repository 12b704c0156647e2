import type { KeyboardEvent } from "react";
import { useEffect, useId, useMemo, useRef } from "react";
import { useT } from "../i18n/i18n";
import { useBoard, useBoardList } from "../store/BoardStoreContext";
import { makeSelectAuthorsOf, makeSelectFamilyName, selectShowAuthors } from "../store/selectors";
import { NoteParts } from "./NoteParts";
import "./noteTools.css";

/**
 * A note opened to deepen it: its text, authors, colour and family, and its parts (savoirs,
 * savoir-faire, savoir-être) to add, edit and remove. Renders nothing while `noteId` is null.
 * A native modal <dialog>: focus stays inside, Escape closes it, and focus goes back to
 * what had it before (the note). `onClose` runs however it closes; the parent then sets
 * `noteId` to null.
 */
export function NoteDetailDialog({ noteId, onClose }: { noteId: string | null; onClose(): void }) {
  if (noteId === null) return null;
  // Keyed, so opening another note starts afresh (no half-typed part carried over).
  return <NoteDetail key={noteId} noteId={noteId} onClose={onClose} />;
}

function NoteDetail({ noteId, onClose }: { noteId: string; onClose(): void }) {
  const t = useT();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const modal = useRef(false);
  // The latest onClose without reopening the dialog when the parent re-renders.
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement;
    modal.current = typeof element.showModal === "function";
    // Browsers without showModal (old ones, jsdom) still show it, as a plain open dialog.
    if (modal.current) element.showModal();
    else element.setAttribute("open", "");
    const closed = (): void => closeRef.current();
    element.addEventListener("close", closed);
    return () => {
      element.removeEventListener("close", closed);
      if (element.open && typeof element.close === "function") element.close();
      // Browsers give focus back on close, but not when the dialog is unmounted while open.
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  const close = (): void => {
    const element = dialog.current;
    if (element && typeof element.close === "function") element.close();
    else closeRef.current();
  };

  // A modal dialog closes on Escape by itself (unless a field inside took the key, as the
  // part being edited does); the plain fallback needs telling.
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== "Escape" || event.defaultPrevented || modal.current) return;
    event.preventDefault();
    close();
  };

  return (
    <dialog
      ref={dialog}
      className="note-detail"
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
    >
      <button type="button" className="button button--small note-detail__close" onClick={close}>
        {t("deepen.close")}
      </button>
      <NoteSummary noteId={noteId} titleId={`${id}-title`} />
      <NoteParts noteId={noteId} />
    </dialog>
  );
}

/** The note itself: text as the dialog's title, then who wrote it, its colour and family. */
function NoteSummary({ noteId, titleId }: { noteId: string; titleId: string }) {
  const t = useT();
  const text = useBoard((state) => state.notes[noteId]?.text ?? null);
  const color = useBoard((state) => state.notes[noteId]?.color ?? null);
  const familyName = useBoard(useMemo(() => makeSelectFamilyName(noteId), [noteId]));
  const authors = useBoardList(useMemo(() => makeSelectAuthorsOf(noteId), [noteId]));
  // Hidden names stay hidden here too: the dialog is on the projected board.
  const showAuthors = useBoard(selectShowAuthors);
  if (text === null || color === null) {
    return (
      <h2 id={titleId} className="note-detail__title">
        {t("deepen.deleted")}
      </h2>
    );
  }
  return (
    <header className={`note-detail__note postit postit--${color}`}>
      <h2 id={titleId} className="note-detail__title">
        {text}
      </h2>
      <dl className="note-detail__facts">
        {showAuthors && authors.length > 0 ? (
          <div>
            <dt>{t("deepen.authors")}</dt>
            <dd>{authors.join(", ")}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("deepen.color")}</dt>
          <dd>
            <span className="note-detail__swatch" aria-hidden="true" />
            {t(`noteColors.${color}`)}
          </dd>
        </div>
        <div>
          <dt>{t("deepen.family")}</dt>
          <dd>{familyName ?? t("deepen.unsorted")}</dd>
        </div>
      </dl>
    </header>
  );
}
