import { useT } from "../../i18n/i18n";
import { useBoard } from "../../store/BoardStoreContext";
import { useSelection } from "./CanvasContext";
import type { Dragged } from "./dragIds";
import { carriedNotes } from "./dropPlan";

/** What follows the pointer during a drag: the note (with how many travel with it) or the family. */
export function DragPreview({ dragged }: { dragged: Dragged }) {
  const t = useT();
  const selected = useSelection((state) => state.ids);
  const note = useBoard((state) =>
    dragged.kind === "note" ? state.notes[dragged.noteId] : undefined,
  );
  const family = useBoard((state) =>
    dragged.kind === "cluster" ? state.families.find((f) => f.id === dragged.familyId) : undefined,
  );
  if (family) {
    return (
      <div className={`drag-preview drag-preview--family family--${family.color}`}>
        {family.name}
      </div>
    );
  }
  if (!note || dragged.kind !== "note") return null;
  const count = carriedNotes(dragged.noteId, selected).length;
  return (
    <div className={`postit postit--${note.color} drag-preview`}>
      <p className="postit__text">{note.text}</p>
      {count > 1 ? (
        <span className="drag-preview__count">{t("canvas.dragging", { count })}</span>
      ) : null}
    </div>
  );
}
