import { memo } from "react";
import type * as Y from "yjs";
import { RevealMore, useRevealed } from "../components/RevealMore";
import { useT } from "../i18n/i18n";
import { useBoard, useBoardList, useBoardObject } from "../store/BoardStoreContext";
import type { BoardState } from "../store/boardStore";
import { selectGroupIds, selectNoteGroups, selectSpotlight } from "../store/selectors";
import { FollowSpotlight } from "./FollowSpotlight";
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
  const sizes = useBoardList(selectGroupSizes);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  // What the facilitator shows is drawn, however far down the board it is.
  const spotlit = useBoardObject(selectSpotlight);
  const spotlitGroup =
    spotlit === null
      ? -1
      : spotlit.familyId === null
        ? families.length
        : families.findIndex((f) => f.id === spotlit.familyId);
  const atLeast = sizes.slice(0, spotlitGroup + 1).reduce((sum, size) => sum + size, 0);
  const [shown, more] = useRevealed(total, atLeast);
  // The first `shown` notes in board order are drawn: each family gets what is left of them.
  let left = shown;
  const limits = sizes.map((size) => {
    const limit = Math.min(size, left);
    left -= limit;
    return limit;
  });
  return (
    <section className="sorted-board" aria-labelledby="sorted-board-title">
      <h2 id="sorted-board-title" className="section-title">
        {t("participant.board")}
      </h2>
      <p className="field__hint">{t("participant.boardHint")}</p>
      <FollowSpotlight />
      {families.map((family, i) => (
        <FamilyNotes
          key={family.id}
          doc={doc}
          familyId={family.id}
          name={family.name}
          limit={limits[i] ?? 0}
          participantId={participantId}
          exchange={exchange}
        />
      ))}
      <FamilyNotes
        doc={doc}
        familyId={null}
        name={t("participant.pool")}
        limit={limits[families.length] ?? 0}
        participantId={participantId}
        exchange={exchange}
      />
      {total > shown ? (
        <RevealMore shown={shown} onReveal={more} label={t("notes.showMore")} />
      ) : null}
    </section>
  );
}

/** How many notes each family has, in board order, then the pool. */
const selectGroupSizes = (state: BoardState): number[] => {
  const groups = selectNoteGroups(state);
  return [...state.families.map((f) => f.id), null].map((id) => groups.get(id)?.length ?? 0);
};

interface FamilyNotesProps {
  doc: Y.Doc;
  /** null: the unsorted pool. */
  familyId: string | null;
  name: string;
  /** How many of its notes to draw (the first ones); none draws nothing. */
  limit: number;
  participantId: string;
  exchange: boolean;
}

/** One family (or the pool) and its notes, oldest first; nothing when it is empty. */
const FamilyNotes = memo(function FamilyNotes({
  doc,
  familyId,
  name,
  limit,
  participantId,
  exchange,
}: FamilyNotesProps) {
  const ids = useBoardList(selectGroupIds(familyId));
  const spotlight = useBoard((state) => state.meta?.spotlight ?? null);
  if (ids.length === 0 || limit === 0) return null;
  const titleId = `sorted-family-${familyId ?? "pool"}`;
  return (
    <section
      className={
        spotlight === familyId
          ? "sorted-board__family sorted-board__family--spotlit"
          : "sorted-board__family"
      }
      data-family-id={familyId ?? ""}
      aria-labelledby={titleId}
    >
      <h3 id={titleId} className="sorted-board__name">
        {name}
      </h3>
      <ul className="sorted-board__notes">
        {ids.slice(0, limit).map((id) => (
          <li key={id} className={spotlight === id ? "spotlit" : undefined}>
            <ReadOnlyNote doc={doc} noteId={id} participantId={participantId} exchange={exchange} />
          </li>
        ))}
      </ul>
    </section>
  );
});
