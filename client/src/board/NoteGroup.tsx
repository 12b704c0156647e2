import type { FamilyColor } from "@troc/shared";
import { memo } from "react";
import { useT } from "../i18n/i18n";
import { useBoardList } from "../store/BoardStoreContext";
import { selectGroupIds } from "../store/selectors";
import { BoardNote } from "./BoardNote";

interface NoteGroupProps {
  /** null: the unsorted pool. */
  familyId: string | null;
  name: string;
  color: FamilyColor | null;
}

/** A family cluster (or the pool) with its notes, oldest first. */
export const NoteGroup = memo(function NoteGroup({ familyId, name, color }: NoteGroupProps) {
  const t = useT();
  const ids = useBoardList(selectGroupIds(familyId));
  const titleId = `group-title-${familyId ?? "pool"}`;
  const kind = familyId === null ? "group--pool" : `group--family family--${color ?? "slate"}`;
  return (
    <section className={`group ${kind}`} data-family-id={familyId ?? ""} aria-labelledby={titleId}>
      <header className="group__header">
        <h2 className="group__name" id={titleId}>
          {name}
        </h2>
        <span className="group__count">{t("board.noteCount", { count: ids.length })}</span>
      </header>
      {ids.length === 0 ? (
        <p className="empty">{familyId === null ? t("board.poolEmpty") : t("board.familyEmpty")}</p>
      ) : (
        <ul className="group__notes">
          {ids.map((id) => (
            <li key={id}>
              <BoardNote noteId={id} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
