import { useT } from "../i18n/i18n";
import { useBoard } from "../store/BoardStoreContext";
import { NoteGroup } from "./NoteGroup";

/** The unsorted pool, then every family in board order. */
export function BoardGroups() {
  const t = useT();
  const families = useBoard((state) => state.families);
  return (
    <div className="groups">
      <NoteGroup familyId={null} name={t("board.pool")} color={null} />
      {families.map((family) => (
        <NoteGroup key={family.id} familyId={family.id} name={family.name} color={family.color} />
      ))}
    </div>
  );
}
