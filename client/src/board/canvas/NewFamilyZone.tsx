import { useDndContext, useDroppable } from "@dnd-kit/core";
import { useT } from "../../i18n/i18n";
import { NEW_FAMILY_DROP_ID, parseDragged } from "./dragIds";

/**
 * While notes are dragged, a corner of the canvas to drop them in to make a family of them
 * (named "Nouvelle famille", renamed in place). Only then: at rest it would sit over the
 * clusters that reach that corner (issue 13).
 */
export function NewFamilyZone() {
  const { active } = useDndContext();
  return active && parseDragged(active.id)?.kind === "note" ? <Zone /> : null;
}

function Zone() {
  const t = useT();
  const { setNodeRef, isOver } = useDroppable({ id: NEW_FAMILY_DROP_ID });
  return (
    <div
      ref={setNodeRef}
      className={isOver ? "new-zone canvas-overlay new-zone--over" : "new-zone canvas-overlay"}
    >
      <span aria-hidden="true">+</span> {t("canvas.newFamilyZone")}
    </div>
  );
}
