// A structure-aware fuzzer of what a participant may send. From real updates of an honest
// phone (and of forbidden actions a modified client would take), it crafts thousands of
// variants: other clients' ids, shifted and huge clocks, GC and Skip structs, foreign
// parents and origins, delete sets over others' clocks, repeated groups, deep nesting,
// forward references, flipped and cut bytes. Whatever is accepted, the invariant holds: no
// participant update changes another person's note or interest, the workshop's settings,
// families or any note's authorship; the others' sockets stay open; nothing is left pending;
// and a restart loads exactly the document the room held.
import type { Actor } from "@troc/shared";
import {
  addNote,
  addPart,
  createFamily,
  deleteNote,
  editNote,
  initWorkshop,
  moveNote,
  setInterest,
  setPhase,
} from "@troc/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { CraftedDelete, CraftedGroup, CraftedStruct } from "../test/craft";
import { anyContent, craftUpdate, typeContent } from "../test/craft";
import { roomHarness } from "../test/roomHarness";

const CASES = Number(process.env.FUZZ_CASES ?? 3000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

const FACILITATOR: Actor = { role: "facilitator" };
const ALICE = { role: "participant", participantId: "p-alice" } as const;
const BOB = { role: "participant", participantId: "p-bob" } as const;

/** mulberry32: a small seeded generator, so a failing case can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  return { next, int, pick };
}

type Harness = Awaited<ReturnType<typeof roomHarness>>;

/** What no update of Alice's may change, as JSON. */
function protectedView(doc: Y.Doc): string {
  const notes = doc.getMap("notes").toJSON() as Record<string, Record<string, unknown>>;
  const others: Record<string, unknown> = {};
  const bobsMarks: string[] = [];
  let aliceSignsAsAlice = true;
  for (const [key, note] of Object.entries(notes)) {
    const interested = { ...(note.interested as Record<string, unknown> | undefined) };
    if (note.authorId === ALICE.participantId) {
      if (note.authorName !== "Alice") aliceSignsAsAlice = false;
      if (interested["p-bob"] !== undefined) bobsMarks.push(key);
      continue;
    }
    delete interested["p-alice"];
    others[key] = { ...note, interested };
  }
  return JSON.stringify({
    meta: doc.getMap("meta").toJSON(),
    families: doc.getMap("families").toJSON(),
    others,
    bobsMarks,
    aliceSignsAsAlice,
  });
}

/** Bob's marks on Alice's notes may go only with the note itself. */
function bobsMarksKept(before: string, after: string, doc: Y.Doc): boolean {
  const was = JSON.parse(before).bobsMarks as string[];
  const now = new Set(JSON.parse(after).bobsMarks as string[]);
  return was.every((key) => now.has(key) || !doc.getMap("notes").has(key));
}

const withoutMarks = (view: string): string => {
  const parsed = JSON.parse(view);
  delete parsed.bobsMarks;
  return JSON.stringify(parsed);
};

describe("fuzzing a participant's updates", () => {
  let h: Harness;
  const rng = random(SEED);
  const mirror = new Y.Doc();
  const refresh = (doc: Y.Doc) =>
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(h.room.doc, Y.encodeStateVector(doc)));
  /** The update `change` makes on a copy of the room's document (nothing is applied). */
  const updateOf = (change: (doc: Y.Doc) => void): Uint8Array | null => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(h.room.doc));
    const sv = Y.encodeStateVector(doc);
    try {
      change(doc);
    } catch {
      return null; // a command refused its input (an unknown note): no update
    }
    const update = Y.encodeStateAsUpdate(doc, sv);
    doc.destroy();
    return update;
  };
  const noteIds = (author?: string) =>
    [...h.room.doc.getMap<Y.Map<unknown>>("notes").entries()]
      .filter(([, note]) => author === undefined || note.get("authorId") === author)
      .map(([key]) => key);

  beforeAll(async () => {
    const initial = new Y.Doc();
    initWorkshop(initial, { title: "Atelier fuzz" });
    h = await roomHarness(initial);
  });
  afterAll(() => h.close());

  // About 3 ms a case on a loaded machine, with room to spare.
  it(`keeps every invariant over ${CASES} crafted updates (seed ${SEED})`, {
    timeout: 60_000 + CASES * 10,
  }, async () => {
    const board = h.join(FACILITATOR);
    const bob = h.join(BOB, "Bob");
    let alice = h.join(ALICE, "Alice");
    const honest = async (
      who: { send(u: Uint8Array): Promise<void> },
      change: (doc: Y.Doc) => void,
    ) => {
      const update = updateOf(change);
      if (update) await who.send(update);
    };
    const families: string[] = [];
    await honest(board, (doc) => {
      for (const name of ["Financements", "Négociation", "Cuisine"]) {
        families.push(createFamily(doc, { name, color: "amber" }));
      }
    });
    const write =
      (author: Actor & { role: "participant" }, name: string, text: string) => (doc: Y.Doc) => {
        const id = addNote(doc, {
          text,
          color: "yellow",
          authorId: author.participantId,
          authorName: name,
        });
        addPart(doc, id, { type: "savoir", text: `${text}, en détail` });
      };
    for (let i = 0; i < 3; i++) {
      await honest(bob, write(BOB, "Bob", `compétence de Bob ${i}`));
      await honest(alice, write(ALICE, "Alice", `compétence d'Alice ${i}`));
    }

    /** What a phone would send for an action, honest or not (a modified client). */
    const actions: ((doc: Y.Doc) => void)[] = [
      write(ALICE, "Alice", "nouvelle"),
      (doc) => editNote(doc, rng.pick(noteIds("p-alice")), { text: "modifiée", kind: "offer" }),
      (doc) => addPart(doc, rng.pick(noteIds("p-alice")), { type: "savoir-etre", text: "oser" }),
      (doc) => setInterest(doc, rng.pick(noteIds()), "p-alice", rng.next() < 0.7),
      (doc) => deleteNote(doc, rng.pick(noteIds("p-alice"))),
      (doc) => editNote(doc, rng.pick(noteIds("p-bob")), { text: "piratée" }),
      (doc) => setInterest(doc, rng.pick(noteIds()), "p-bob", true),
      (doc) => moveNote(doc, rng.pick(noteIds()), rng.pick(families)),
      (doc) => setPhase(doc, "closed"),
      (doc) => doc.getMap("meta").set("hideOthersWhileWriting", true),
      (doc) => write(BOB, "Bob", "usurpée")(doc),
      (doc) => deleteNote(doc, rng.pick(noteIds("p-bob"))),
    ];

    let accepted = 0;
    let slowest = 0;
    for (let n = 0; n < CASES; n++) {
      refresh(mirror);
      const base = updateOf(rng.pick(actions));
      if (!base) continue;
      const frame = mutate(base, mirror, rng, {
        alice: mirror.clientID,
        others: [...mirror.store.clients.keys()],
        noteItems: noteItemIds(mirror),
      });
      const before = protectedView(h.room.doc);
      const start = performance.now();
      await alice.send(frame);
      slowest = Math.max(slowest, performance.now() - start);
      const after = protectedView(h.room.doc);
      if (alice.closed === null) accepted++;
      expect(withoutMarks(after), `case ${n}`).toBe(withoutMarks(before));
      expect(bobsMarksKept(before, after, h.room.doc), `case ${n}`).toBe(true);
      expect(h.room.doc.store.pendingStructs, `case ${n}`).toBeNull();
      expect(h.room.doc.store.pendingDs, `case ${n}`).toBeNull();
      expect([board.closed, bob.closed], `case ${n}`).toEqual([null, null]);
      if (alice.closed !== null) alice = h.join(ALICE, "Alice");
      if (n % 100 === 99) {
        // Life goes on around the attacker: Bob writes, the board sorts.
        await honest(bob, write(BOB, "Bob", `encore ${n}`));
        await honest(board, (doc) => moveNote(doc, rng.pick(noteIds("p-bob")), rng.pick(families)));
        expect([board.closed, bob.closed]).toEqual([null, null]);
      }
    }
    // Some variants must get through, or the fuzzer only tests the front door.
    expect(accepted).toBeGreaterThan(CASES / 20);
    // A figure, not a check: the longest one frame held the event loop (admit, apply, store).
    console.log(`fuzz: ${accepted}/${CASES} accepted, slowest frame ${slowest.toFixed(1)} ms`);

    const held = wholeBoard(h.room.doc);
    const restarted = await h.restart();
    expect(wholeBoard(restarted.doc)).toBe(held);
  });
});

/** JSON with map keys sorted: a reloaded document may list a map's keys in another order. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Every root of the board, in a stable form (roots are listed once accessed). */
const wholeBoard = (doc: Y.Doc): string =>
  stable(["meta", "families", "notes"].map((root) => doc.getMap(root).toJSON()));

/** Ids of note items, parts arrays and the like: parents a forged item may name. */
function noteItemIds(doc: Y.Doc): Y.ID[] {
  const ids: Y.ID[] = [];
  doc.getMap<Y.Map<unknown>>("notes").forEach((note) => {
    if (note._item) ids.push(note._item.id);
    for (const value of note.values()) {
      if (value instanceof Y.AbstractType && value._item) ids.push(value._item.id);
    }
  });
  return ids;
}

interface Targets {
  alice: number;
  others: number[];
  noteItems: Y.ID[];
}

/** One variant of `update`: unchanged, byte-level noise, or a rewrite of its structs. */
function mutate(
  update: Uint8Array,
  doc: Y.Doc,
  rng: ReturnType<typeof random>,
  t: Targets,
): Uint8Array {
  const roll = rng.next();
  if (roll < 0.25) return update;
  if (roll < 0.4) {
    const bytes = Uint8Array.from(update);
    const flips = 1 + rng.int(4);
    for (let i = 0; i < flips; i++) bytes[rng.int(bytes.length)] = rng.int(256);
    return rng.next() < 0.3 ? bytes.slice(0, rng.int(bytes.length)) : bytes;
  }
  const decoded = Y.decodeUpdate(update);
  const groups: CraftedGroup[] = [];
  for (const struct of decoded.structs) {
    let group = groups[groups.length - 1];
    if (!group || group.client !== struct.id.client) {
      group = { client: struct.id.client, clock: struct.id.clock, structs: [] };
      groups.push(group);
    }
    group.structs.push(asCrafted(struct));
  }
  const deletes: CraftedDelete[] = [...decoded.ds.clients].map(([client, ranges]) => ({
    client,
    ranges: ranges.map((r) => [r.clock, r.len] as [number, number]),
  }));
  const group = groups[0] ?? {
    client: t.alice,
    clock: Y.getState(doc.store, t.alice),
    structs: [],
  };
  if (groups.length === 0) groups.push(group);
  const someId = (): Y.ID => rng.pick(t.noteItems);
  const other = (): number => rng.pick(t.others);
  switch (rng.int(10)) {
    case 0:
      group.client = rng.next() < 0.5 ? other() : rng.int(2 ** 32) >>> 0;
      group.clock = Y.getState(doc.store, group.client) + rng.int(3) - 1;
      break;
    case 1:
      group.clock = rng.next() < 0.5 ? group.clock + rng.int(7) - 3 : 2 ** (31 + rng.int(22));
      break;
    case 2: {
      const at = rng.int(group.structs.length);
      const length = Math.max(1, structLength(group.structs[at]));
      group.structs[at] = { kind: rng.next() < 0.5 ? "gc" : "skip", length };
      break;
    }
    case 3: {
      const item = group.structs.find((s) => s.kind === "item");
      if (item?.kind === "item") {
        delete item.origin;
        delete item.rightOrigin;
        item.parent = rng.next() < 0.6 ? someId() : rng.pick(["meta", "families", "notes", "evil"]);
        item.parentSub = rng.pick(["text", "authorId", "familyId", "p-bob", "x", "title"]);
      }
      break;
    }
    case 4: {
      const item = group.structs.find((s) => s.kind === "item");
      if (item?.kind === "item")
        item.origin = rng.next() < 0.5 ? someId() : new Y.ID(other(), rng.int(5000));
      break;
    }
    case 5:
      deletes.push({
        client: other(),
        ranges: [[rng.int(200), 1 + rng.int(rng.next() < 0.8 ? 20 : 2 ** 30)]],
      });
      break;
    case 6:
      groups.push({ ...group, structs: [...group.structs] });
      break;
    case 7: {
      const depth = rng.next() < 0.9 ? 3 + rng.int(20) : 5000;
      const start = Y.getState(doc.store, t.alice);
      const chain: CraftedStruct[] = [
        { kind: "item", parent: someId(), content: typeContent("map") },
      ];
      for (let d = 1; d < depth; d++) {
        chain.push({
          kind: "item",
          parent: new Y.ID(t.alice, start + d - 1),
          parentSub: "k",
          content: typeContent("map"),
        });
      }
      return craftUpdate([{ client: t.alice, clock: start, structs: chain }], deletes);
    }
    case 8: {
      const item = group.structs.find((s) => s.kind === "item");
      if (item?.kind === "item") {
        delete item.origin;
        item.parent = new Y.ID(group.client, group.clock + 1 + rng.int(5));
        item.parentSub = "text";
      }
      break;
    }
    default:
      group.structs.push({
        kind: "item",
        parent: someId(),
        parentSub: "text",
        content: anyContent("x".repeat(1 + rng.int(3000))),
      });
  }
  return craftUpdate(groups, deletes);
}

function structLength(struct: CraftedStruct | undefined): number {
  if (!struct) return 1;
  return struct.kind === "item" ? struct.content.getLength() : struct.length;
}

function asCrafted(struct: Y.Item | Y.GC | Y.Skip): CraftedStruct {
  if (struct instanceof Y.GC) return { kind: "gc", length: struct.length };
  if (struct instanceof Y.Skip) return { kind: "skip", length: struct.length };
  const parent: unknown = struct.parent;
  return {
    kind: "item",
    ...(typeof parent === "string" || parent instanceof Y.ID ? { parent } : {}),
    ...(struct.parentSub === null ? {} : { parentSub: struct.parentSub }),
    ...(struct.origin ? { origin: struct.origin } : {}),
    ...(struct.rightOrigin ? { rightOrigin: struct.rightOrigin } : {}),
    content: struct.content,
  };
}
