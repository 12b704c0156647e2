import { memo } from "react";
import type * as Y from "yjs";
import { useT } from "../i18n/i18n";
import { useBoard, useBoardList } from "../store/BoardStoreContext";
import { selectGroupIds } from "../store/selectors";
import { ReadOnlyNote } from "./ReadOnlyNote";

interface SortedBoardProps {
  doc: Y.Doc;
  participantId: string;
  /** Exchange phase: "ça m'intéresse" on others' notes, who is interested on mine. */
  exchange: boolean;
}

/** The board as the facilitator sorts it, read-only: families in board order, the pool last. */
export function SortedBoard({ doc, participantId, exchange }: SortedBoardProps) {
  const t = useT();
  const families = useBoard((state) => state.families);
  return (
    <section className="sorted-board" aria-labelledby="sorted-board-title">
      <h2 id="sorted-board-title" className="section-title">
        {t("participant.board")}
      </h2>
      <p className="field__hint">{t("participant.boardHint")}</p>
      {families.map((family) => (
        <FamilyNotes
          key={family.id}
          doc={doc}
          familyId={family.id}
          name={family.name}
          participantId={participantId}
          exchange={exchange}
        />
      ))}
      <FamilyNotes
        doc={doc}
        familyId={null}
        name={t("participant.pool")}
        participantId={participantId}
        exchange={exchange}
      />
    </section>
  );
}

interface FamilyNotesProps {
  doc: Y.Doc;
  /** null: the unsorted pool. */
  familyId: string | null;
  name: string;
  participantId: string;
  exchange: boolean;
}

/** One family (or the pool) and its notes, oldest first; nothing when it is empty. */
const FamilyNotes = memo(function FamilyNotes({
  doc,
  familyId,
  name,
  participantId,
  exchange,
}: FamilyNotesProps) {
  const ids = useBoardList(selectGroupIds(familyId));
  if (ids.length === 0) return null;
  const titleId = `sorted-family-${familyId ?? "pool"}`;
  return (
    <section
      className="sorted-board__family"
      data-family-id={familyId ?? ""}
      aria-labelledby={titleId}
    >
      <h3 id={titleId} className="sorted-board__name">
        {name}
      </h3>
      <ul className="sorted-board__notes">
        {ids.map((id) => (
          <li key={id}>
            <ReadOnlyNote doc={doc} noteId={id} participantId={participantId} exchange={exchange} />
          </li>
        ))}
      </ul>
    </section>
  );
});
