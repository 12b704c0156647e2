import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { TrocInputError } from "../errors";
import { cleanWorkshopInput, DEFAULT_PROMPT, initWorkshop, readMeta, setPhase } from "./meta";
import { readTimer, startTimer } from "./timer";

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

  it("ends a running countdown when the workshop closes, and only then", () => {
    const doc = new Y.Doc();
    initWorkshop(doc, {});
    startTimer(doc, 60_000, 1_000);
    setPhase(doc, "exchange");
    expect(readTimer(doc, 1_000)).toBe(60_000);
    setPhase(doc, "closed");
    expect(readTimer(doc, 1_000)).toBeNull();
    expect(readMeta(doc)?.phase).toBe("closed");
  });
});
