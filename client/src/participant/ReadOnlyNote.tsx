import { setInterest } from "@troc/shared";
import { memo, useMemo } from "react";
import type * as Y from "yjs";
import { PostIt } from "../components/PostIt";
import { useT } from "../i18n/i18n";
import { useBoard } from "../store/BoardStoreContext";
import { makeSelectIsInterested, selectShowAuthors } from "../store/selectors";
import { InterestedNames } from "./InterestedNames";

interface ReadOnlyNoteProps {
  doc: Y.Doc;
  noteId: string;
  participantId: string;
  /** Exchange phase: others' notes get "ça m'intéresse", mine show who is interested. */
  exchange: boolean;
}

/** A note of the board seen from a phone: read-only, "à moi" when mine. */
export const ReadOnlyNote = memo(function ReadOnlyNote({
  doc,
  noteId,
  participantId,
  exchange,
}: ReadOnlyNoteProps) {
  const t = useT();
  const note = useBoard((state) => state.notes[noteId]);
  const interested = useBoard(
    useMemo(() => makeSelectIsInterested(noteId, participantId), [noteId, participantId]),
  );
  const showAuthors = useBoard(selectShowAuthors);
  if (!note) return null;
  const mine = note.authorId === participantId;
  return (
    <PostIt noteId={note.id} color={note.color} text={note.text}>
      {/* One's own notes stay marked: the facilitator hides others' names, not yours. */}
      {mine ? (
        <span className="postit__mine">{t("participant.mine")}</span>
      ) : showAuthors ? (
        <span className="postit__author">{t("participant.by", { name: note.authorName })}</span>
      ) : null}
      {exchange && mine ? <InterestedNames noteId={note.id} /> : null}
      {exchange && !mine ? (
        <button
          type="button"
          className="button interest-toggle"
          aria-pressed={interested}
          aria-label={t("participant.interestLabel", { text: note.text })}
          onClick={() => {
            if (!doc.isDestroyed) setInterest(doc, note.id, participantId, !interested);
          }}
        >
          {t("participant.interest")}
        </button>
      ) : null}
    </PostIt>
  );
});
