import { useBoard } from "../store/BoardStoreContext";
import { strings } from "../strings";
import { NoteGroup } from "./NoteGroup";

/** The unsorted pool, then every family in board order. */
export function BoardGroups() {
  const families = useBoard((state) => state.families);
  return (
    <div className="groups">
      <NoteGroup familyId={null} name={strings.board.pool} color={null} />
      {families.map((family) => (
        <NoteGroup key={family.id} familyId={family.id} name={family.name} color={family.color} />
      ))}
    </div>
  );
}
