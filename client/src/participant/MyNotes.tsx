import { memo, useMemo } from "react";
import { PostIt } from "../components/PostIt";
import { useBoard, useBoardList } from "../store/BoardStoreContext";
import { makeSelectAuthorIds } from "../store/selectors";
import { strings } from "../strings";

/** One of my notes, with its delivery mark; re-renders only when this note changes. */
const MyNote = memo(function MyNote({ noteId }: { noteId: string }) {
  const note = useBoard((state) => state.notes[noteId]);
  const stored = useBoard((state) => state.stored[noteId] === true);
  if (!note) return null;
  return (
    <PostIt noteId={note.id} color={note.color} text={note.text}>
      <span className={stored ? "mark mark--stored" : "mark mark--waiting"}>
        {stored ? strings.participant.stored : strings.participant.waiting}
      </span>
    </PostIt>
  );
});

/** "Mes post-its": the participant's own notes, newest first. */
export function MyNotes({ participantId }: { participantId: string }) {
  const selectMine = useMemo(() => makeSelectAuthorIds(participantId), [participantId]);
  const ids = useBoardList(selectMine);
  return (
    <section className="my-notes" aria-labelledby="my-notes-title">
      <h2 id="my-notes-title" className="section-title">
        {strings.participant.myNotes}
      </h2>
      {ids.length === 0 ? (
        <p className="empty">{strings.participant.myNotesEmpty}</p>
      ) : (
        <ul className="my-notes__list">
          {ids.map((id) => (
            <li key={id}>
              <MyNote noteId={id} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
