import { memo, useMemo } from "react";
import { useBoard, useBoardList } from "../store/BoardStoreContext";
import { makeSelectAuthorIds, makeSelectFamilyName } from "../store/selectors";
import { strings } from "../strings";

/** "Vos compétences", once the workshop is closed: each of my notes and where it landed. */
export function SkillsSummary({ participantId }: { participantId: string }) {
  const selectMine = useMemo(() => makeSelectAuthorIds(participantId), [participantId]);
  const ids = useBoardList(selectMine);
  return (
    <section className="card summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="section-title">
        {strings.participant.summary}
      </h2>
      {ids.length === 0 ? (
        <p className="empty">{strings.participant.summaryEmpty}</p>
      ) : (
        <ul className="summary__list">
          {ids.map((id) => (
            <SummaryItem key={id} noteId={id} />
          ))}
        </ul>
      )}
    </section>
  );
}

const SummaryItem = memo(function SummaryItem({ noteId }: { noteId: string }) {
  const text = useBoard((state) => state.notes[noteId]?.text);
  const familyName = useBoard(useMemo(() => makeSelectFamilyName(noteId), [noteId]));
  if (text === undefined) return null;
  return (
    <li className="summary__item" data-note-id={noteId}>
      <span className="summary__text">{text}</span>
      <span className="summary__family">
        {familyName === null
          ? strings.participant.summaryUnsorted
          : strings.participant.summaryFamily(familyName)}
      </span>
    </li>
  );
});
