// Updates crafted by hand from y-protocols' and Yjs's format, by a participant who wants to
// change what is not theirs, or to break the workshop for everyone. Each is refused whole
// (4403, or 1007 for bytes that are no update), closes only the attacker's socket, and leaves
// the board, storage and everyone else's connection as they were.
import { addNote, readNotes, setPhase } from "@troc/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  anyContent,
  type CraftedStruct,
  craftUpdate,
  noteFieldId,
  noteItemId,
  typeContent,
} from "../test/craft";
import type { RunningServer } from "../test/harness";
import { connect, startServer, waitFor } from "../test/harness";
import { freshBoardDoc, scene } from "./scene";

let running: RunningServer;
beforeAll(async () => {
  running = await startServer();
});
afterAll(() => running.stop());

const state = (doc: Y.Doc, client: number) => Y.getState(doc.store, client);

describe("overlapping ids: no one rewrites what the server already holds", () => {
  it("refuses an item that overlaps the end of another person's client, or the facilitator's", async () => {
    const s = await scene(running);
    const before = s.protectedView();
    const bobClient = s.bob.doc.clientID;
    const raw = await s.attacker();
    // Declared under Alice's own parts; Yjs would integrate it with an offset, as a new value
    // of whatever Bob wrote last.
    raw.sendUpdate(
      craftUpdate([
        {
          client: bobClient,
          clock: state(raw.doc, bobClient) - 1,
          structs: [
            {
              kind: "item",
              parent: noteFieldId(raw.doc, s.aliceNote, "parts"),
              content: anyContent("x", "piraté"),
            },
          ],
        },
      ]),
    );
    expect((await raw.closed).code).toBe(4403);

    const meta = await s.attacker();
    const boardClient = s.board.doc.clientID;
    meta.sendUpdate(
      craftUpdate([
        {
          client: boardClient,
          clock: state(meta.doc, boardClient) - 1,
          structs: [
            { kind: "item", parent: "meta", parentSub: "x", content: anyContent(1, false) },
          ],
        },
      ]),
    );
    expect((await meta.closed).code).toBe(4403);
    expect(s.protectedView()).toBe(before);
    expect(s.protectedView(await freshBoardDoc(running, s.w.workshopId, s.w.facilitatorKey))).toBe(
      before,
    );
    s.stop();
  });

  it("refuses an overlap of Alice's own last item, which would rewrite her note's author", async () => {
    const s = await scene(running);
    const before = s.protectedView();
    const raw = await s.attacker();
    const mine = s.alice.doc.clientID;
    raw.sendUpdate(
      craftUpdate([
        {
          client: mine,
          clock: state(raw.doc, mine) - 1,
          structs: [
            {
              kind: "item",
              parent: noteFieldId(raw.doc, s.aliceNote, "parts"),
              content: anyContent("x", s.bobId.participantId),
            },
          ],
        },
      ]),
    );
    expect((await raw.closed).code).toBe(4403);
    expect(s.protectedView()).toBe(before);
    s.stop();
  });
});

describe("GC and Skip structs, pending content", () => {
  it("refuses a GC naming another client (no relabelling), and a skip with deletes ahead", async () => {
    const s = await scene(running);
    const bobClient = s.bob.doc.clientID;
    const gc = await s.attacker();
    gc.sendUpdate(
      craftUpdate([
        {
          client: bobClient,
          clock: state(gc.doc, bobClient),
          structs: [{ kind: "gc", length: 1 }],
        },
      ]),
    );
    expect((await gc.closed).code).toBe(4403);

    const skip = await s.attacker();
    const mine = s.alice.doc.clientID;
    const future = state(skip.doc, bobClient);
    skip.sendUpdate(
      craftUpdate(
        [
          {
            client: mine,
            clock: state(skip.doc, mine),
            structs: [
              { kind: "skip", length: 3 },
              { kind: "gc", length: 1 },
            ],
          },
        ],
        [{ client: bobClient, ranges: [[future, 200]] }],
      ),
    );
    expect((await skip.closed).code).toBe(4403);

    // A delete set alone over Bob's future clocks: Yjs would keep it pending for his next notes.
    const pendingDelete = await s.attacker();
    pendingDelete.sendUpdate(craftUpdate([], [{ client: bobClient, ranges: [[future, 200]] }]));
    expect((await pendingDelete.closed).code).toBe(4403);

    addNote(s.bob.doc, {
      text: "après",
      color: "blue",
      authorId: s.bobId.participantId,
      authorName: "Bob",
    });
    addNote(s.bob.doc, {
      text: "encore",
      color: "blue",
      authorId: s.bobId.participantId,
      authorName: "Bob",
    });
    await waitFor(() => readNotes(s.board.doc).length === 4, 5000, "Bob's next notes");
    await waitFor(() => s.bob.allStored(), 5000, "stored");
    const fresh = await freshBoardDoc(running, s.w.workshopId, s.w.facilitatorKey);
    expect(readNotes(fresh).map((n) => n.text)).toEqual(
      expect.arrayContaining(["après", "encore", "secret de Bob"]),
    );
    s.stop();
  });

  it("refuses items planted in Bob's future clocks: his next note is neither refused nor lost", async () => {
    const s = await scene(running);
    const bobClient = s.bob.doc.clientID;
    const raw = await s.attacker();
    const next = state(raw.doc, bobClient);
    // Ahead of Bob's clock, waiting on an origin no one has: Yjs would hold it pending.
    raw.sendUpdate(
      craftUpdate([
        {
          client: bobClient,
          clock: next + 5,
          structs: [
            { kind: "item", origin: new Y.ID(bobClient, next + 4), content: anyContent("x") },
          ],
        },
      ]),
    );
    expect((await raw.closed).code).toBe(4403);
    // At Bob's very next clock, under Alice's own parts: his next note's clocks would be taken.
    const taken = await s.attacker();
    taken.sendUpdate(
      craftUpdate([
        {
          client: bobClient,
          clock: next,
          structs: [
            {
              kind: "item",
              parent: noteFieldId(taken.doc, s.aliceNote, "parts"),
              content: anyContent("x", "y", "z", "w", "v", "u", "t", "s", "r", "q"),
            },
          ],
        },
      ]),
    );
    expect((await taken.closed).code).toBe(4403);
    const codes: number[] = [];
    s.bob.provider.on("connection-close", (event) => event && codes.push(event.code));
    addNote(s.bob.doc, {
      text: "pas bloquée",
      color: "blue",
      authorId: s.bobId.participantId,
      authorName: "Bob",
    });
    await waitFor(() => s.bob.allStored(), 5000, "Bob's note stored");
    expect(codes).toEqual([]);
    const fresh = await freshBoardDoc(running, s.w.workshopId, s.w.facilitatorKey);
    expect(readNotes(fresh).map((n) => n.text)).toContain("pas bloquée");
    s.stop();
  });

  it("refuses a GC over an offline phone's next clocks: the note it wrote offline arrives", async () => {
    const s = await scene(running);
    const bobDoc = s.bob.doc;
    s.bob.provider.destroy(); // Bob's phone goes offline
    addNote(bobDoc, {
      text: "écrite hors ligne",
      color: "blue",
      authorId: s.bobId.participantId,
      authorName: "Bob",
    });
    const raw = await s.attacker();
    raw.sendUpdate(
      craftUpdate([
        {
          client: bobDoc.clientID,
          clock: state(raw.doc, bobDoc.clientID),
          structs: [{ kind: "gc", length: 50 }],
        },
      ]),
    );
    expect((await raw.closed).code).toBe(4403);
    const back = connect(running.wsBase, s.w.workshopId, s.bobId.participantToken, bobDoc);
    await waitFor(
      () => readNotes(s.board.doc).some((n) => n.text === "écrite hors ligne"),
      5000,
      "offline note",
    );
    back.provider.destroy();
    s.stop();
  });
});

describe("a workshop stays openable and the room stays up", () => {
  it("refuses clocks near 2^53, also once the workshop is closed, and restarts cleanly", async () => {
    const own = await startServer();
    const s = await scene(own);
    const mine = s.alice.doc.clientID;
    const huge = await s.attacker();
    huge.sendUpdate(
      craftUpdate([
        {
          client: mine,
          clock: state(huge.doc, mine),
          structs: [{ kind: "gc", length: 2 ** 53 - 2 }],
        },
      ]),
    );
    expect((await huge.closed).code).toBe(4403);
    const fresh = (2 ** 32 - 7) >>> 0;
    const elsewhere = await s.attacker();
    elsewhere.sendUpdate(
      craftUpdate([{ client: fresh, clock: 2 ** 52, structs: [{ kind: "gc", length: 4 }] }]),
    );
    expect((await elsewhere.closed).code).toBe(4403);
    setPhase(s.board.doc, "closed");
    await waitFor(() => s.board.allStored(), 5000, "closed stored");
    const closedAttack = await s.attacker();
    closedAttack.sendUpdate(
      craftUpdate([{ client: 12345, clock: 0, structs: [{ kind: "gc", length: 2 ** 53 - 1 }] }]),
    );
    expect((await closedAttack.closed).code).toBe(4403);
    const before = s.protectedView();
    s.stop();
    await own.stop();
    const again = await startServer({}, own.dataDir);
    expect(s.protectedView(await freshBoardDoc(again, s.w.workshopId, s.w.facilitatorKey))).toBe(
      before,
    );
    await again.stop();
  });

  it("refuses deep nesting (5,000 and 20,000 maps) and a parent at a later clock, closing that socket only", async () => {
    const s = await scene(running);
    const closes: number[] = [];
    for (const c of [s.board, s.bob])
      c.provider.on("connection-close", (e) => e && closes.push(e.code));
    const mine = s.alice.doc.clientID;
    for (const [depth, code] of [
      [5_000, 4403], // deeper than the schema
      [20_000, 4413], // more changes than one update may carry
    ] as const) {
      const raw = await s.attacker();
      const start = state(raw.doc, mine);
      const nested: CraftedStruct[] = [
        {
          kind: "item",
          parent: noteFieldId(raw.doc, s.aliceNote, "parts"),
          content: typeContent("map"),
        },
      ];
      for (let level = 1; level < depth; level++) {
        nested.push({
          kind: "item",
          parent: new Y.ID(mine, start + level - 1),
          parentSub: "k",
          content: typeContent("map"),
        });
      }
      raw.sendUpdate(craftUpdate([{ client: mine, clock: start, structs: nested }]));
      expect((await raw.closed).code).toBe(code);
    }

    const forward = await s.attacker();
    const at = state(forward.doc, mine);
    forward.sendUpdate(
      craftUpdate([
        {
          client: mine,
          clock: at,
          structs: [
            {
              kind: "item",
              parent: new Y.ID(mine, at + 1),
              parentSub: "text",
              content: anyContent("x"),
            },
            {
              kind: "item",
              parent: noteItemId(forward.doc, s.aliceNote),
              parentSub: "color",
              content: anyContent("pink"),
            },
          ],
        },
      ]),
    );
    expect((await forward.closed).code).toBe(4403);

    addNote(s.bob.doc, {
      text: "toujours là",
      color: "blue",
      authorId: s.bobId.participantId,
      authorName: "Bob",
    });
    await waitFor(
      () => readNotes(s.board.doc).some((n) => n.text === "toujours là"),
      5000,
      "room still up",
    );
    expect(closes).toEqual([]);
    s.stop();
  });

  it("refuses parts that would make the document too big to send, and an id that is not the key", async () => {
    const s = await scene(running);
    const mine = s.alice.doc.clientID;
    const big = await s.attacker();
    const partsId = noteFieldId(big.doc, s.aliceNote, "parts");
    const at = state(big.doc, mine);
    big.sendUpdate(
      craftUpdate([
        {
          client: mine,
          clock: at,
          structs: [
            { kind: "item", parent: partsId, content: typeContent("map") },
            {
              kind: "item",
              parent: new Y.ID(mine, at),
              parentSub: "type",
              content: anyContent("savoir"),
            },
            {
              kind: "item",
              parent: new Y.ID(mine, at),
              parentSub: "text",
              content: anyContent("x".repeat(900_000)),
            },
          ],
        },
      ]),
    );
    expect((await big.closed).code).toBe(4403);

    // Notes whose id differs from their key escaped the per-participant cap.
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(s.alice.doc));
    const before = Y.encodeStateVector(forged);
    const id = addNote(forged, {
      text: "clé menteuse",
      color: "pink",
      authorId: s.aliceId.participantId,
      authorName: "Alice",
    });
    const lyingNote = forged.getMap("notes").get(id);
    if (lyingNote instanceof Y.Map) lyingNote.set("id", "autre-chose");
    const lying = await s.attacker();
    lying.sendUpdate(Y.encodeStateAsUpdate(forged, before));
    expect((await lying.closed).code).toBe(4403);
    s.stop();
  });
});

describe("limits and identity on a participant's own notes", () => {
  const attempts: [string, (s: Awaited<ReturnType<typeof scene>>, doc: Y.Doc) => void][] = [
    [
      "a text of one letter and 200,000 spaces",
      (s, doc) =>
        doc
          .getMap<Y.Map<unknown>>("notes")
          .get(s.aliceNote)
          ?.set("text", `a${" ".repeat(200_000)}`),
    ],
    [
      "a note signed with someone else's name",
      (s, doc) => {
        const note = new Y.Map<unknown>();
        for (const [key, value] of Object.entries({
          id: "n-usurpee",
          text: "usurpée",
          color: "pink",
          authorId: s.aliceId.participantId,
          authorName: "Bob",
          familyId: null,
          createdAt: 1,
        }))
          note.set(key, value);
        note.set("parts", new Y.Array());
        note.set("interested", new Y.Map());
        doc.getMap("notes").set("n-usurpee", note);
      },
    ],
  ];

  it.each(attempts)("refuses %s", async (_name, change) => {
    const s = await scene(running);
    const before = readNotes(s.board.doc);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(s.alice.doc));
    const sv = Y.encodeStateVector(copy);
    change(s, copy);
    const raw = await s.attacker();
    raw.sendUpdate(Y.encodeStateAsUpdate(copy, sv));
    expect((await raw.closed).code).toBe(4403);
    expect(readNotes(await freshBoardDoc(running, s.w.workshopId, s.w.facilitatorKey))).toEqual(
      before,
    );
    s.stop();
  });
});
