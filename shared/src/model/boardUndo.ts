import * as Y from "yjs";
import { familiesMap, notesMap } from "../schema/roots";

/**
 * How long consecutive local transactions merge into one undo step. Long enough to join the
 * transactions one gesture makes in a row (a family created, then notes dropped into it),
 * short enough that two separate clicks stay two steps.
 */
export const BOARD_UNDO_CAPTURE_MS = 300;

/**
 * An undo manager over the board's content (notes and families) that records only this
 * client's own changes. Not `meta`: the phase, the timer and the switches are controls that
 * show their own state, and Ctrl+Z taking back a phase change would hide everyone's notes
 * again in the middle of a reveal. Commands run with the default origin (null); updates that arrive from
 * the server or the offline copy are applied with another origin and as non-local transactions,
 * and either is enough to keep them out, so undo never takes back what someone else did.
 */
export function createBoardUndoManager(
  doc: Y.Doc,
  options: { captureTimeout?: number } = {},
): Y.UndoManager {
  return new Y.UndoManager([notesMap(doc), familiesMap(doc)], {
    captureTimeout: options.captureTimeout ?? BOARD_UNDO_CAPTURE_MS,
    trackedOrigins: new Set([null]),
    captureTransaction: (transaction) => transaction.local,
  });
}
