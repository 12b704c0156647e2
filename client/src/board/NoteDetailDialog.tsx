import { useId, useMemo } from "react";
import { useModalDialog } from "../components/useModalDialog";
import { useT } from "../i18n/i18n";
import { useBoard, useBoardList } from "../store/BoardStoreContext";
import { makeSelectAuthorsOf, makeSelectFamilyName, selectShowAuthors } from "../store/selectors";
import { NoteParts } from "./NoteParts";
import { SpotlightButton } from "./Spotlight";
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
  const dialog = useModalDialog(onClose);

  return (
    <dialog
      ref={dialog.ref}
      className="note-detail"
      aria-labelledby={`${id}-title`}
      onKeyDown={dialog.onKeyDown}
    >
      <button
        type="button"
        className="button button--small note-detail__close"
        onClick={dialog.close}
      >
        {t("deepen.close")}
      </button>
      <NoteSummary noteId={noteId} titleId={`${id}-title`} />
      <SpotlightButton id={noteId} />
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
