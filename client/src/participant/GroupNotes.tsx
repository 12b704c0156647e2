import { useMemo } from "react";
import type * as Y from "yjs";
import { RevealMore, useRevealed } from "../components/RevealMore";
import { useT } from "../i18n/i18n";
import { useBoardList } from "../store/BoardStoreContext";
import { makeSelectOtherIds } from "../store/selectors";
import { ReadOnlyNote } from "./ReadOnlyNote";

interface GroupNotesProps {
  doc: Y.Doc;
  participantId: string;
  /** Silent writing: the server sends no one else's notes, so say when they come. */
  silent: boolean;
}

/** "Les post-its du groupe" while writing: everyone else's notes, read-only, oldest first. */
export function GroupNotes({ doc, participantId, silent }: GroupNotesProps) {
  const t = useT();
  const selectOthers = useMemo(() => makeSelectOtherIds(participantId), [participantId]);
  const ids = useBoardList(selectOthers);
  const [shown, more] = useRevealed(ids.length);
  return (
    <section className="group-notes" aria-labelledby="group-notes-title">
      <h2 id="group-notes-title" className="section-title">
        {t("participant.groupNotes")}
      </h2>
      {silent ? (
        <p className="empty">{t("participant.silentWriting")}</p>
      ) : ids.length === 0 ? (
        <p className="empty">{t("participant.groupNotesEmpty")}</p>
      ) : (
        <>
          <ul className="group-notes__list">
            {ids.slice(0, shown).map((id) => (
              <li key={id}>
                <ReadOnlyNote
                  doc={doc}
                  noteId={id}
                  participantId={participantId}
                  exchange={false}
                />
              </li>
            ))}
          </ul>
          {ids.length > shown ? (
            <RevealMore shown={shown} onReveal={more} label={t("notes.showMore")} />
          ) : null}
        </>
      )}
    </section>
  );
}
