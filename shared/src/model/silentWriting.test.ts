import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { initWorkshop, setPhase } from "./meta";
import { isSilentWriting, setHideOthersWhileWriting } from "./silentWriting";

describe("silent writing", () => {
  it("is on only while writing with hideOthersWhileWriting", () => {
    const doc = new Y.Doc();
    initWorkshop(doc, {});
    expect(isSilentWriting(doc)).toBe(false);
    setHideOthersWhileWriting(doc, true);
    expect(isSilentWriting(doc)).toBe(true);
    setPhase(doc, "sorting");
    expect(isSilentWriting(doc)).toBe(false);
  });
});
