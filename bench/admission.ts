// How long the server's event loop is blocked by the heaviest single frames an attacker can
// send (within WS_MAX_MESSAGE_BYTES, 1 MiB) and by the largest import: the time to admit
// and apply each one in a room with a real SQLite file. Not a test: it prints figures.
//   npm run bench:admission
import os from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { addNote, initWorkshop, seedStepsFromSkillsMap, skillsMapSchema } from "@troc/shared";
import * as Y from "yjs";
import type { CraftedStruct } from "../server/src/test/craft";
import { anyContent, craftUpdate, typeContent } from "../server/src/test/craft";
import { roomHarness } from "../server/src/test/roomHarness";
import golden from "../shared/src/export/__golden__/strasbourg.json" with { type: "json" };

const ALICE = { role: "participant", participantId: "p-alice" } as const;

async function main(): Promise<void> {
  console.log(`# admission of hostile frames — ${new Date().toISOString().slice(0, 10)}`);
  console.log(`${os.cpus()[0]?.model ?? "cpu"} × ${os.cpus().length}, node ${process.version}\n`);
  const initial = new Y.Doc();
  initWorkshop(initial, { title: "Banc" });
  const h = await roomHarness(initial);
  const board = h.join({ role: "facilitator" });
  // A 2,000-note board, so that every check runs against a realistic document.
  const notes = new Y.Doc();
  Y.applyUpdate(notes, Y.encodeStateAsUpdate(h.room.doc));
  const sv = Y.encodeStateVector(notes);
  for (let i = 0; i < 2000; i++) {
    addNote(notes, {
      text: `compétence ${i}`,
      color: "yellow",
      authorId: "facilitator",
      authorName: "Anim",
    });
  }
  await board.send(Y.encodeStateAsUpdate(notes, sv));

  const frames: [string, () => Uint8Array][] = [
    ["240 KB of 1-clock GC structs", () => gcFrame(h.room.doc, 120_000)],
    ["1 MB of 1-clock GC structs", () => gcFrame(h.room.doc, 500_000)],
    ["20,000 nested maps", () => nested(h.room.doc, 20_000)],
    ["10,000 nested maps (the most structs a phone may send)", () => nested(h.room.doc, 10_000)],
    ["10,000 values in a note of one's own", () => ownValues(h.room.doc, 10_000)],
    ["1 MB delete set over others' clocks", () => deletes(h.room.doc, 100_000)],
    ["one 900 KB string value", () => bigValue(h.room.doc)],
  ];
  // Admission, apply and store run in one go: the time to handle a frame is the time the
  // event loop is blocked by it.
  console.log("| frame | bytes | event loop blocked (ms) | outcome |");
  console.log("| --- | --- | --- | --- |");
  for (const [name, make] of frames) {
    const alice = h.join(ALICE, "Alice");
    const frame = make();
    const start = performance.now();
    await alice.send(frame);
    const handled = performance.now() - start;
    const outcome = alice.closed === null ? "accepted" : `closed ${alice.closed}`;
    console.log(`| ${name} | ${frame.byteLength} | ${handled.toFixed(1)} | ${outcome} |`);
  }

  const map = skillsMapSchema.parse({
    ...golden,
    families: [
      {
        ...golden.families[0],
        skills: Array.from({ length: 15_000 }, (_, i) => ({
          ...golden.families[0]?.skills[0],
          id: `n${i}`,
          text: `compétence ${i}`,
        })),
      },
    ],
    unsorted: [],
  });
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  for (const _step of seedStepsFromSkillsMap(new Y.Doc(), map)) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  await settle();
  histogram.disable();
  console.log(`| import of 15,000 skills, longest step | — | ${ms(histogram.max)} | built |`);
  await h.close();
}

/** Lets the delay monitor's timer fire once more, so it sees a block that just ended. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const ms = (nanoseconds: number) => (nanoseconds / 1e6).toFixed(1);

const mine = (doc: Y.Doc) => ({ client: 4242, clock: Y.getState(doc.store, 4242) });

function gcFrame(doc: Y.Doc, count: number): Uint8Array {
  const { client, clock } = mine(doc);
  return craftUpdate([
    {
      client,
      clock,
      structs: Array.from({ length: count }, () => ({ kind: "gc", length: 1 }) as const),
    },
  ]);
}

function nested(doc: Y.Doc, depth: number): Uint8Array {
  const { client, clock } = mine(doc);
  const structs: CraftedStruct[] = [
    { kind: "item", parent: "notes", parentSub: "n", content: typeContent("map") },
  ];
  for (let d = 1; d < depth; d++) {
    structs.push({
      kind: "item",
      parent: new Y.ID(client, clock + d - 1),
      parentSub: "k",
      content: typeContent("map"),
    });
  }
  return craftUpdate([{ client, clock, structs }]);
}

/** Alice's own note, then `count` values written in it: shaped like a real backlog. */
function ownValues(doc: Y.Doc, count: number): Uint8Array {
  const { client, clock } = mine(doc);
  const structs: CraftedStruct[] = [
    { kind: "item", parent: "notes", parentSub: "own", content: typeContent("map") },
  ];
  for (let i = 1; i < count; i++) {
    structs.push({
      kind: "item",
      parent: new Y.ID(client, clock),
      parentSub: `k${i % 50}`,
      content: anyContent("x"),
    });
  }
  return craftUpdate([{ client, clock, structs }]);
}

function deletes(doc: Y.Doc, ranges: number): Uint8Array {
  const [victim] = [...doc.store.clients.keys()];
  return craftUpdate(
    [],
    [
      {
        client: victim ?? 1,
        ranges: Array.from({ length: ranges }, (_, i) => [i * 2, 1] as [number, number]),
      },
    ],
  );
}

function bigValue(doc: Y.Doc): Uint8Array {
  const { client, clock } = mine(doc);
  return craftUpdate([
    {
      client,
      clock,
      structs: [
        { kind: "item", parent: "notes", parentSub: "x", content: anyContent("x".repeat(900_000)) },
      ],
    },
  ]);
}

await main();
