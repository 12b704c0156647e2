import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { initWorkshop, setShowAuthors } from "../model/meta";
import { startTimer, stopTimer } from "../model/timer";
import type { Actor } from "./actor";
import { checkUpdate } from "./checkUpdate";

const facilitator: Actor = { role: "facilitator" };
const participant: Actor = { role: "participant", participantId: "p-alice" };

/** The update `change` produces on a client copy of `server`. */
function updateOf(server: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  change(doc);
  return Y.mergeUpdates(updates);
}

function server(): Y.Doc {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: "Atelier" });
  return doc;
}

/** Same server document with a countdown already running, set by the facilitator. */
function serverWithTimer(): Y.Doc {
  const doc = server();
  startTimer(doc, 5 * 60_000, 1_000);
  return doc;
}

describe("facilitation settings live in meta: facilitator only", () => {
  const changes: [string, () => Y.Doc, (doc: Y.Doc) => void][] = [
    ["start a countdown", server, (doc) => startTimer(doc, 3 * 60_000, 1_000)],
    ["stop the countdown", serverWithTimer, (doc) => stopTimer(doc)],
    ["hide authors' names", server, (doc) => setShowAuthors(doc, false)],
    ["set timerEndsAt by hand", server, (doc) => doc.getMap("meta").set("timerEndsAt", 1)],
  ];

  it.each(changes)("a participant may not %s", (_case, make, change) => {
    const doc = make();
    expect(checkUpdate(doc, updateOf(doc, change), participant)).toMatchObject({ rule: "meta" });
  });

  it.each(changes)("the facilitator may %s", (_case, make, change) => {
    const doc = make();
    expect(checkUpdate(doc, updateOf(doc, change), facilitator)).toBeNull();
  });
});
