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
 */
export function applyDrop(doc: Y.Doc, plan: DropPlan, newFamilyName: string): void {
  try {
    doc.transact(() => {
      switch (plan.kind) {
        case "move-notes":
          moveNotes(doc, plan.noteIds, plan.familyId);
          break;
        case "new-family": {
          const color = nextFamilyColor(doc);
          moveNotes(doc, plan.noteIds, createFamily(doc, { name: newFamilyName, color }));
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
  }
}
