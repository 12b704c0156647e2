import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { TrocInputError } from "../errors";
import { cleanWorkshopInput, DEFAULT_PROMPT, initWorkshop, readMeta, setPhase } from "./meta";

describe("workshop meta", () => {
  it("reads null before the document is initialised", () => {
    expect(readMeta(new Y.Doc())).toBeNull();
  });

  it("initialises schema v1 in the writing phase with the default question", () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: "Atelier Strasbourg" }, 7);
    expect(readMeta(doc)).toEqual({
      schemaVersion: 1,
      title: "Atelier Strasbourg",
      prompt: DEFAULT_PROMPT,
      phase: "writing",
      hideOthersWhileWriting: false,
      createdAt: 7,
    });
  });

  it.each([
    [{ title: "" }, "title"],
    [{ title: "t".repeat(121) }, "title"],
    [{ prompt: "   " }, "prompt"],
  ])("refuses %o", (input, field) => {
    expect(() => cleanWorkshopInput(input)).toThrow(expect.objectContaining({ field }));
  });

  it("changes phase and refuses an unknown one", () => {
    const doc = new Y.Doc();
    initWorkshop(doc, {});
    setPhase(doc, "sorting");
    expect(readMeta(doc)?.phase).toBe("sorting");
    expect(() => setPhase(doc, "party" as never)).toThrow(TrocInputError);
  });
});
