import {
  createFamily,
  mergeFamilies,
  moveNotes,
  nextFamilyColor,
  placeFamily,
  TrocNotFoundError,
} from "@troc/shared";
import type * as Y from "yjs";
import type { DropPlan } from "./dropPlan";

/**
 * Carries out a drop on the document, as one transaction (one undo step). A note or family
 * deleted by someone else meanwhile makes the drop a no-op: the board already shows that.
 * Returns the family it created, if it made one.
 */
export function applyDrop(doc: Y.Doc, plan: DropPlan, newFamilyName: string): string | null {
  let created: string | null = null;
  try {
    doc.transact(() => {
      switch (plan.kind) {
        case "move-notes":
          moveNotes(doc, plan.noteIds, plan.familyId);
          break;
        case "new-family": {
          const color = nextFamilyColor(doc);
          created = createFamily(doc, { name: newFamilyName, color });
          moveNotes(doc, plan.noteIds, created);
          break;
        }
        case "merge":
          mergeFamilies(doc, plan.sourceId, plan.targetId);
          break;
        case "place-family":
          placeFamily(doc, plan.familyId, { x: plan.x, y: plan.y });
          break;
      }
    });
  } catch (error) {
    if (!(error instanceof TrocNotFoundError)) throw error;
    created = null; // the transaction was cut short: nothing to show
  }
  return created;
}
