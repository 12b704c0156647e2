import { useDroppable } from "@dnd-kit/core";
import { useT } from "../../i18n/i18n";
import { NEW_FAMILY_DROP_ID } from "./dragIds";

/** Drop notes here to make a family of them (named "Nouvelle famille", renamed in place). */
export function NewFamilyZone() {
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
