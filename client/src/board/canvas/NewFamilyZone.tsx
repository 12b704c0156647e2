import { useT } from "../../i18n/i18n";
import { useDropBinding } from "./dndBindings";
import { NEW_FAMILY_DROP_ID } from "./dragIds";

/**
 * While notes are dragged (`shown`), a corner of the canvas to drop them in to make a family of
 * them (named "Nouvelle famille", renamed in place). Only then: at rest it would sit over the
 * clusters that reach that corner (issue 13). Its drop target is bound in dndBindings.tsx.
 */
export function NewFamilyZone({ shown }: { shown: boolean }) {
  return shown ? <Zone /> : null;
}

function Zone() {
  const t = useT();
  const drop = useDropBinding(NEW_FAMILY_DROP_ID);
  return (
    <div
      ref={drop?.setNodeRef}
      className={
        drop?.isOver ? "new-zone canvas-overlay new-zone--over" : "new-zone canvas-overlay"
      }
    >
      <span aria-hidden="true">+</span> {t("canvas.newFamilyZone")}
    </div>
  );
}
