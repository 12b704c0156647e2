import { lazy, memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type * as Y from "yjs";
import { Deferred } from "../components/Deferred";
import { PostIt } from "../components/PostIt";
import { useT } from "../i18n/i18n";
import { useBoard, useBoardList } from "../store/BoardStoreContext";
import { makeSelectAuthorIds, makeSelectFamilyName, selectShows } from "../store/selectors";
import { InterestedNames } from "./InterestedNames";
import { removeNote, rewriteNote } from "./noteDraft";
import { usePendingDelete } from "./usePendingDelete";

// Not part of what a phone shows first, so out of its first download; fetched right after
// it, though, so that a phone gone offline can still edit and deepen its notes (a module once
// loaded is imported again without the network).
const loadParts = () => import("./MyNoteParts");
const loadEditor = () => import("./NoteEditor");
const MyNoteParts = lazy(loadParts);
const NoteEditor = lazy(loadEditor);

interface MyNoteProps {
  doc: Y.Doc;
  noteId: string;
  /** False once the workshop is closed: the server would refuse any change. */
  open: boolean;
  onRemove(noteId: string): void;
}

/** One of my notes, with its delivery mark and family; re-renders only when this note changes. */
const MyNote = memo(function MyNote({ doc, noteId, open, onRemove }: MyNoteProps) {
  const t = useT();
  const note = useBoard((state) => state.notes[noteId]);
  const stored = useBoard((state) => state.stored[noteId] === true);
  const familyName = useBoard(useMemo(() => makeSelectFamilyName(noteId), [noteId]));
  const exchange = useBoard((state) => selectShows(state).interest);
  const [editing, setEditing] = useState(false);
  const [deepening, setDeepening] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    // Back from the editor, keyboard and screen-reader users land where they were.
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  if (!note) return null;
  const tags = [
    note.category ? t(`participant.categories.${note.category}`) : null,
    note.kind ? t(`participant.kinds.${note.kind}`) : null,
  ].filter((tag) => tag !== null);
  const editor =
    editing && open ? (
      <Deferred>
        <NoteEditor
          initial={note}
          onSave={(patch) => rewriteNote(doc, noteId, patch)}
          onClose={() => setEditing(false)}
        />
      </Deferred>
    ) : undefined;
  return (
    <PostIt
      noteId={note.id}
      color={note.color}
      text={note.text}
      editor={editor}
      {...(open ? { onTextClick: () => setEditing(true) } : {})}
    >
      {tags.length > 0 ? <span className="postit__tags">{tags.join(" · ")}</span> : null}
      {familyName === null ? null : (
        <span className="postit__family">{t("participant.family", { name: familyName })}</span>
      )}
      {exchange ? <InterestedNames noteId={note.id} /> : null}
      <span className={stored ? "mark mark--stored" : "mark mark--waiting"}>
        {stored ? t("participant.stored") : t("participant.waiting")}
      </span>
      {open && !editing ? (
        <span className="note-tools">
          <button
            ref={editButton}
            className="button note-tools__button"
            type="button"
            onClick={() => setEditing(true)}
          >
            {t("participant.edit")}
          </button>
          <button
            className="button note-tools__button"
            type="button"
            onClick={() => onRemove(noteId)}
          >
            {t("participant.remove")}
          </button>
          <button
            className="button note-tools__button"
            type="button"
            aria-expanded={deepening}
            onClick={() => setDeepening((now) => !now)}
          >
            {t("participant.deepen")}
          </button>
        </span>
      ) : null}
      {open && deepening ? (
        <Deferred>
          <MyNoteParts doc={doc} noteId={noteId} />
        </Deferred>
      ) : null}
    </PostIt>
  );
});

interface MyNotesProps {
  doc: Y.Doc;
  participantId: string;
  /** False once the workshop is closed. */
  open: boolean;
  /** How long a deletion may be undone (tests shorten it). */
  undoDelayMs?: number;
}

/** "Mes post-its": the participant's own notes, newest first, to edit or delete. */
export function MyNotes({ doc, participantId, open, undoDelayMs }: MyNotesProps) {
  const t = useT();
  const selectMine = useMemo(() => makeSelectAuthorIds(participantId), [participantId]);
  const ids = useBoardList(selectMine);
  const commit = useCallback(
    (noteId: string) => {
      // Closed meanwhile, or the session reloaded after a refusal: the note simply comes back.
      if (open && !doc.isDestroyed) removeNote(doc, noteId);
    },
    [doc, open],
  );
  const { pendingId, remove, undo } = usePendingDelete(commit, undoDelayMs);
  useEffect(() => {
    if (!open) return;
    void loadEditor();
    void loadParts();
  }, [open]);
  const shown = ids.filter((id) => id !== pendingId);
  return (
    <section className="my-notes" aria-labelledby="my-notes-title">
      <h2 id="my-notes-title" className="section-title">
        {t("participant.myNotes")}
      </h2>
      {shown.length === 0 ? (
        <p className="empty">{t("participant.myNotesEmpty")}</p>
      ) : (
        <ul className="my-notes__list">
          {shown.map((id) => (
            <li key={id}>
              <MyNote doc={doc} noteId={id} open={open} onRemove={remove} />
            </li>
          ))}
        </ul>
      )}
      <div className="toast-region" aria-live="polite">
        {pendingId === null ? null : (
          <div className="toast">
            <span>{t("participant.removed")}</span>
            <span aria-hidden="true"> · </span>
            <button className="toast__undo" type="button" onClick={undo}>
              {t("participant.undo")}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
