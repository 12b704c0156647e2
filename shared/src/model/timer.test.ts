import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { TrocInputError } from "../errors";
import { initWorkshop, readMeta, setShowAuthors } from "./meta";
import type { TimerFields } from "./timer";
import { extendTimer, readTimer, startTimer, stopTimer, TIMER_MAX_MS } from "./timer";

const T0 = 1_700_000_000_000;
const MIN = 60_000;

function workshop(): Y.Doc {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: "Atelier" }, T0);
  return doc;
}

describe("countdown timer", () => {
  it("stores when it ends and how long it lasts", () => {
    const doc = workshop();
    startTimer(doc, 5 * MIN, T0);
    expect(readMeta(doc)).toMatchObject({ timerEndsAt: T0 + 5 * MIN, timerDurationMs: 5 * MIN });
    expect(readTimer(doc, T0 + 2 * MIN)).toBe(3 * MIN);
  });

  it("« +1 min » gives a running countdown more time, shown whole despite the cap", () => {
    const doc = workshop();
    startTimer(doc, 5 * MIN, T0);
    extendTimer(doc, MIN, T0 + 2 * MIN);
    expect(readTimer(doc, T0 + 2 * MIN)).toBe(4 * MIN);
    expect(readTimer(doc, T0)).toBe(6 * MIN);
  });

  it("« +1 min » after the end counts from now; without a countdown it does nothing", () => {
    const doc = workshop();
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    extendTimer(doc, MIN, T0);
    expect(updates).toEqual([]);
    startTimer(doc, 3 * MIN, T0);
    extendTimer(doc, MIN, T0 + 10 * MIN);
    expect(readTimer(doc, T0 + 10 * MIN)).toBe(MIN);
    expect(readTimer(doc, T0 + 11 * MIN)).toBe(0);
  });

  it("never grows past the longest countdown", () => {
    const doc = workshop();
    startTimer(doc, TIMER_MAX_MS - MIN, T0);
    extendTimer(doc, 10 * MIN, T0);
    expect(readMeta(doc)?.timerDurationMs).toBe(TIMER_MAX_MS);
    expect(() => extendTimer(doc, 0, T0)).toThrow(TrocInputError);
  });

  it("restarting replaces the countdown", () => {
    const doc = workshop();
    startTimer(doc, 5 * MIN, T0);
    startTimer(doc, 3 * MIN, T0 + MIN);
    expect(readTimer(doc, T0 + MIN)).toBe(3 * MIN);
  });

  it("stopping removes it from the document", () => {
    const doc = workshop();
    startTimer(doc, 5 * MIN, T0);
    stopTimer(doc);
    const meta = readMeta(doc);
    expect(meta && "timerEndsAt" in meta).toBe(false);
    expect(readTimer(doc, T0)).toBeNull();
  });

  it("reaches another device", () => {
    const board = workshop();
    const phone = new Y.Doc();
    board.on("update", (update: Uint8Array) => Y.applyUpdate(phone, update));
    Y.applyUpdate(phone, Y.encodeStateAsUpdate(board));
    startTimer(board, 10 * MIN, T0);
    expect(readTimer(phone, T0 + MIN)).toBe(9 * MIN);
  });

  it.each([
    ["no countdown", {}, T0, null],
    ["null end", { timerEndsAt: null }, T0, null],
    ["half way", { timerEndsAt: T0 + MIN, timerDurationMs: 2 * MIN }, T0, MIN],
    ["run out", { timerEndsAt: T0, timerDurationMs: MIN }, T0 + 5 * MIN, 0],
    [
      "a clock behind the facilitator's",
      { timerEndsAt: T0 + MIN, timerDurationMs: MIN },
      T0 - 30 * MIN,
      MIN,
    ],
    ["no duration (hand-made document)", { timerEndsAt: T0 + 90 * MIN }, T0, 90 * MIN],
  ] as [string, TimerFields, number, number | null][])("reads %s", (_case, fields, now, left) => {
    expect(readTimer(fields, now)).toBe(left);
  });

  it("reads null before the document has synced", () => {
    expect(readTimer(new Y.Doc(), T0)).toBeNull();
    expect(readTimer(null, T0)).toBeNull();
  });

  it.each([0, -MIN, 1.5, Number.NaN, TIMER_MAX_MS + 1])("refuses a duration of %s ms", (ms) => {
    expect(() => startTimer(workshop(), ms, T0)).toThrow(TrocInputError);
  });

  it("ignores a malformed countdown in a hand-made document", () => {
    const doc = workshop();
    doc.getMap("meta").set("timerEndsAt", "soon");
    expect(readMeta(doc)?.phase).toBe("writing");
    expect(readTimer(doc, T0)).toBeNull();
  });
});

describe("showing authors", () => {
  it("is absent (shown) on a new workshop, then follows the switch", () => {
    const doc = workshop();
    expect(readMeta(doc)?.showAuthors).toBeUndefined();
    setShowAuthors(doc, false);
    expect(readMeta(doc)?.showAuthors).toBe(false);
    setShowAuthors(doc, true);
    expect(readMeta(doc)?.showAuthors).toBe(true);
  });

  it("refuses anything but a boolean", () => {
    expect(() => setShowAuthors(workshop(), "no" as never)).toThrow(TrocInputError);
  });
});
