import { setInterest } from "@troc/shared";
import { memo, useMemo } from "react";
import type * as Y from "yjs";
import { PostIt } from "../components/PostIt";
import { useT } from "../i18n/i18n";
import { useBoard } from "../store/BoardStoreContext";
import { makeSelectIsInterested, selectShowAuthors, selectShows } from "../store/selectors";
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
  // Once the writing is over, the group sees how each skill was deepened.
  const deepened = useBoard((state) => selectShows(state).othersParts);
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
      {deepened && note.parts.length > 0 ? (
        <ul className="postit__parts" aria-label={t("participant.partsLabel")}>
          {note.parts.map((part, i) => (
            // Parts have no ids; their order is the note's own, and a list is redrawn whole.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i}>
              <span className="postit__part-type">{t(`participant.partTypes.${part.type}`)}</span>{" "}
              {part.text}
            </li>
          ))}
        </ul>
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
