import { memo, useMemo } from "react";
import { useT } from "../i18n/i18n";
import { useBoard, useBoardList } from "../store/BoardStoreContext";
import { makeSelectAuthorIds, makeSelectFamilyName } from "../store/selectors";

/** "Vos compétences", once the workshop is closed: each of my notes and where it landed. */
export function SkillsSummary({ participantId }: { participantId: string }) {
  const t = useT();
  const selectMine = useMemo(() => makeSelectAuthorIds(participantId), [participantId]);
  const ids = useBoardList(selectMine);
  return (
    <section className="card summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="section-title">
        {t("participant.summary")}
      </h2>
      {ids.length === 0 ? (
        <p className="empty">{t("participant.summaryEmpty")}</p>
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
  const t = useT();
  const text = useBoard((state) => state.notes[noteId]?.text);
  const familyName = useBoard(useMemo(() => makeSelectFamilyName(noteId), [noteId]));
  if (text === undefined) return null;
  return (
    <li className="summary__item" data-note-id={noteId}>
      <span className="summary__text">{text}</span>
      <span className="summary__family">
        {familyName === null
          ? t("participant.summaryUnsorted")
          : t("participant.summaryFamily", { name: familyName })}
      </span>
    </li>
  );
});
