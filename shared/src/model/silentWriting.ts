import type * as Y from "yjs";
import { META_KEYS } from "../schema/meta";
import { metaMap } from "../schema/roots";

/** True while participants must not receive each other's notes (silent brainstorm). */
export function isSilentWriting(doc: Y.Doc): boolean {
  const meta = metaMap(doc);
  return (
    meta.get(META_KEYS.phase) === "writing" && meta.get(META_KEYS.hideOthersWhileWriting) === true
  );
}

/** Turns silent writing on or off (facilitator only, checked by the server). */
export function setHideOthersWhileWriting(doc: Y.Doc, hide: boolean): void {
  metaMap(doc).set(META_KEYS.hideOthersWhileWriting, hide);
}
