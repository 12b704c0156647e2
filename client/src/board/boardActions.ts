import { createFamily, nextFamilyColor, TrocInputError } from "@troc/shared";
import type * as Y from "yjs";
import { describeError } from "../describeError";

export type ActionResult = { ok: true } | { ok: false; message: string };

const attempt = (action: () => void): ActionResult => {
  try {
    action();
    return { ok: true };
  } catch (error) {
    if (error instanceof TrocInputError) return { ok: false, message: describeError(error) };
    throw error;
  }
};

/** Creates a family at the end of the board, taking the palette's colours in turn. */
export function addFamily(doc: Y.Doc, name: string): ActionResult {
  return attempt(() => {
    createFamily(doc, { name, color: nextFamilyColor(doc) });
  });
}
