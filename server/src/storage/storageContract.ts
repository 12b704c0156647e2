import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Storage, WorkshopRecord } from "./storage";

const workshop = (id: string, joinCode: string): WorkshopRecord => ({
  id,
  joinCode,
  facilitatorKeyHash: `hash-${id}`,
  createdAt: 1,
});

function updateSetting(key: string, value: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap("meta").set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

/** The behaviour every Storage implementation must have; run it from each one's test file. */
export function storageContractSuite(name: string, open: () => Promise<Storage>): void {
  describe(`${name} storage contract`, () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await open();
      return () => storage.close();
    });

    it("creates a workshop once per join code and finds it by id and by code", async () => {
      expect(await storage.createWorkshop(workshop("w1", "ABC234"), updateSetting("a", "1"))).toBe(
        true,
      );
      expect(await storage.createWorkshop(workshop("w2", "ABC234"), updateSetting("a", "1"))).toBe(
        false,
      );
      expect(await storage.findWorkshop("w1")).toEqual(workshop("w1", "ABC234"));
      expect(await storage.findWorkshopByJoinCode("ABC234")).toEqual(workshop("w1", "ABC234"));
      expect(await storage.findWorkshop("w2")).toBeNull();
      expect(await storage.findWorkshopByJoinCode("ZZZZZZ")).toBeNull();
    });

    it("finds a participant only in their own workshop", async () => {
      await storage.createWorkshop(workshop("w1", "AAAAAA"), updateSetting("a", "1"));
      await storage.createWorkshop(workshop("w2", "BBBBBB"), updateSetting("a", "1"));
      const p = { id: "p1", workshopId: "w1", tokenHash: "t1", name: "Léa", createdAt: 2 };
      await storage.addParticipant(p);
      expect(await storage.findParticipantByToken("w1", "t1")).toEqual(p);
      expect(await storage.findParticipantByToken("w2", "t1")).toBeNull();
      await storage.addParticipant({ ...p, id: "p2", tokenHash: "t2", name: "Sam", createdAt: 3 });
      expect(await storage.listParticipants("w1")).toEqual([
        { id: "p1", name: "Léa" },
        { id: "p2", name: "Sam" },
      ]);
      expect(await storage.listParticipants("w2")).toEqual([]);
    });

    it("keeps, replaces and removes a participant's contact, listed with their name", async () => {
      await storage.createWorkshop(workshop("w1", "AAAAAA"), updateSetting("a", "1"));
      const p = { id: "p1", workshopId: "w1", tokenHash: "t1", name: "Léa", createdAt: 2 };
      await storage.addParticipant(p);
      await storage.addParticipant({ ...p, id: "p2", tokenHash: "t2", name: "Sam", createdAt: 3 });
      expect(await storage.findContact("p1")).toBeNull();
      await storage.setContact("p1", "lea@asso.fr");
      await storage.setContact("p1", "06 12 34 56 78");
      expect(await storage.findContact("p1")).toBe("06 12 34 56 78");
      expect(await storage.listParticipants("w1")).toEqual([
        { id: "p1", name: "Léa", contact: "06 12 34 56 78" },
        { id: "p2", name: "Sam" },
      ]);
      await storage.setContact("p1", null);
      expect(await storage.findContact("p1")).toBeNull();
      expect(await storage.listParticipants("w1")).toEqual([
        { id: "p1", name: "Léa" },
        { id: "p2", name: "Sam" },
      ]);
    });

    it("returns the initial update and appended updates in order, then a compacted snapshot", async () => {
      await storage.createWorkshop(workshop("w1", "AAAAAA"), updateSetting("a", "1"));
      await storage.appendUpdates([
        { workshopId: "w1", update: updateSetting("b", "2") },
        { workshopId: "w1", update: updateSetting("c", "3") },
      ]);
      const stored = await storage.loadDocument("w1");
      expect(stored.snapshot).toBeNull();
      expect(stored.updates).toHaveLength(3);

      const doc = new Y.Doc();
      for (const u of stored.updates) Y.applyUpdate(doc, u);
      await storage.compact("w1", Y.encodeStateAsUpdate(doc), stored.lastSeq);
      const compacted = await storage.loadDocument("w1");
      expect(compacted.updates).toEqual([]);
      const reloaded = new Y.Doc();
      if (compacted.snapshot) Y.applyUpdate(reloaded, compacted.snapshot);
      expect(reloaded.getMap("meta").toJSON()).toEqual(doc.getMap("meta").toJSON());

      await storage.appendUpdates([{ workshopId: "w1", update: updateSetting("d", "4") }]);
      expect((await storage.loadDocument("w1")).updates).toHaveLength(1);
    });

    it("numbers appended updates in order, and compacts only up to a number", async () => {
      await storage.createWorkshop(workshop("w1", "AAAAAA"), updateSetting("a", "1"));
      const first = await storage.appendUpdates([
        { workshopId: "w1", update: updateSetting("b", "2") },
        { workshopId: "w1", update: updateSetting("c", "3") },
      ]);
      expect(first).toHaveLength(2);
      expect(first[1]).toBeGreaterThan(first[0] ?? Number.POSITIVE_INFINITY);
      const loaded = await storage.loadDocument("w1");
      expect(loaded.lastSeq).toBe(first[1]);
      // Another writer appends while this one builds its snapshot from what it loaded.
      const [late] = await storage.appendUpdates([
        { workshopId: "w1", update: updateSetting("d", "4") },
      ]);
      expect(late).toBeGreaterThan(loaded.lastSeq);
      const doc = new Y.Doc();
      for (const u of loaded.updates) Y.applyUpdate(doc, u);
      await storage.compact("w1", Y.encodeStateAsUpdate(doc), loaded.lastSeq);
      const after = await storage.loadDocument("w1");
      expect(after.updates).toHaveLength(1);
      const reloaded = new Y.Doc();
      for (const u of [after.snapshot, ...after.updates]) if (u) Y.applyUpdate(reloaded, u);
      expect(reloaded.getMap("meta").toJSON()).toEqual({ a: "1", b: "2", c: "3", d: "4" });
    });

    it("appends nothing when one update of a batch is refused", async () => {
      await storage.createWorkshop(workshop("w1", "AAAAAA"), updateSetting("a", "1"));
      await expect(
        storage.appendUpdates([
          { workshopId: "w1", update: updateSetting("b", "2") },
          { workshopId: "unknown-workshop", update: updateSetting("c", "3") },
        ]),
      ).rejects.toThrow();
      expect((await storage.loadDocument("w1")).updates).toHaveLength(1);
    });

    it("binds client ids to their first owner, with their update, and keeps them through compaction", async () => {
      await storage.createWorkshop(workshop("w1", "AAAAAA"), updateSetting("a", "1"));
      await storage.appendUpdates([
        { workshopId: "w1", update: updateSetting("b", "2"), owners: new Map([[7, "p-ana"]]) },
      ]);
      await storage.appendUpdates([
        {
          workshopId: "w1",
          update: updateSetting("c", "3"),
          owners: new Map([
            [7, "p-bob"],
            [8, "facilitator"],
          ]),
        },
      ]);
      await storage.addOwners("w1", new Map([[9, "p-carl"]]));
      await storage.compact("w1", updateSetting("z", "9"), Number.MAX_SAFE_INTEGER);
      expect((await storage.loadDocument("w1")).owners).toEqual(
        new Map([
          [7, "p-ana"],
          [8, "facilitator"],
          [9, "p-carl"],
        ]),
      );
      await expect(
        storage.appendUpdates([
          { workshopId: "w1", update: updateSetting("d", "4"), owners: new Map([[10, "p-dan"]]) },
          { workshopId: "unknown-workshop", update: updateSetting("e", "5") },
        ]),
      ).rejects.toThrow();
      expect((await storage.loadDocument("w1")).owners.has(10)).toBe(false);
    });

    it("erases a workshop and everything about it, leaving other workshops alone", async () => {
      for (const [id, code] of [
        ["w1", "AAAAAA"],
        ["w2", "BBBBBB"],
      ] as const) {
        await storage.createWorkshop(workshop(id, code), updateSetting("a", "1"));
        await storage.addParticipant({
          id: `p-${id}`,
          workshopId: id,
          tokenHash: `t-${id}`,
          name: "Léa",
          createdAt: 2,
        });
        await storage.setContact(`p-${id}`, "lea@asso.fr");
        await storage.appendUpdates([
          { workshopId: id, update: updateSetting("b", "2"), owners: new Map([[7, `p-${id}`]]) },
        ]);
      }
      await storage.compact("w1", updateSetting("z", "9"), Number.MAX_SAFE_INTEGER);
      await storage.deleteWorkshop("w1");
      expect(await storage.findWorkshop("w1")).toBeNull();
      expect(await storage.findWorkshopByJoinCode("AAAAAA")).toBeNull();
      expect(await storage.findParticipantByToken("w1", "t-w1")).toBeNull();
      expect(await storage.findContact("p-w1")).toBeNull();
      expect(await storage.listParticipants("w1")).toEqual([]);
      expect(await storage.loadDocument("w1")).toEqual({
        snapshot: null,
        updates: [],
        lastSeq: 0,
        owners: new Map(),
      });
      expect(await storage.lastActivity("w1")).toBeNull();
      expect(await storage.findContact("p-w2")).toBe("lea@asso.fr");
      expect((await storage.loadDocument("w2")).updates).toHaveLength(2);
    });

    it("keeps co-facilitator keys per workshop until revoked, and erases them with it", async () => {
      await storage.createWorkshop(workshop("w1", "AAAAAA"), updateSetting("a", "1"));
      await storage.createWorkshop(workshop("w2", "BBBBBB"), updateSetting("a", "1"));
      const key = { id: "k1", workshopId: "w1", keyHash: "h1", createdAt: 5 };
      expect(await storage.addCofacilitatorKey(key, 2)).toBe(true);
      expect(
        await storage.addCofacilitatorKey({ ...key, id: "k2", keyHash: "h2", createdAt: 6 }, 2),
      ).toBe(true);
      // The limit counts the workshop's own keys only.
      expect(await storage.addCofacilitatorKey({ ...key, id: "k3", keyHash: "h3" }, 2)).toBe(false);
      expect(
        await storage.addCofacilitatorKey({ ...key, id: "k4", workshopId: "w2", keyHash: "h4" }, 2),
      ).toBe(true);
      expect(await storage.findCofacilitatorKey("w1", "h1")).toEqual(key);
      expect(await storage.findCofacilitatorKey("w2", "h1")).toBeNull();
      expect((await storage.listCofacilitatorKeys("w1")).map((k) => k.id)).toEqual(["k1", "k2"]);
      expect(await storage.deleteCofacilitatorKey("w2", "k1")).toBeNull();
      expect(await storage.deleteCofacilitatorKey("w1", "k1")).toEqual(key);
      expect(await storage.deleteCofacilitatorKey("w1", "k1")).toBeNull();
      expect(await storage.findCofacilitatorKey("w1", "h1")).toBeNull();
      await storage.deleteWorkshop("w1");
      expect(await storage.listCofacilitatorKeys("w1")).toEqual([]);
    });

    it("erases one participant: record, token and contact", async () => {
      await storage.createWorkshop(workshop("w1", "AAAAAA"), updateSetting("a", "1"));
      const p = { id: "p1", workshopId: "w1", tokenHash: "t1", name: "Léa", createdAt: 2 };
      await storage.addParticipant(p);
      await storage.addParticipant({ ...p, id: "p2", tokenHash: "t2", name: "Sam" });
      await storage.setContact("p1", "lea@asso.fr");
      await storage.deleteParticipant("p1");
      expect(await storage.findParticipantByToken("w1", "t1")).toBeNull();
      expect(await storage.findContact("p1")).toBeNull();
      expect(await storage.listParticipants("w1")).toEqual([{ id: "p2", name: "Sam" }]);
    });

    it("tells when a workshop was last active and which have been idle, and purges contacts", async () => {
      await storage.createWorkshop(workshop("w1", "AAAAAA"), updateSetting("a", "1"));
      await storage.createWorkshop(
        { ...workshop("w2", "BBBBBB"), createdAt: 5 },
        updateSetting("a", "1"),
      );
      expect(await storage.lastActivity("w1")).toBe(1);
      expect(await storage.inactiveSince(3)).toEqual(["w1"]);
      const before = Date.now();
      await storage.appendUpdates([{ workshopId: "w1", update: updateSetting("b", "2") }]);
      expect(await storage.lastActivity("w1")).toBeGreaterThanOrEqual(before);
      expect(await storage.inactiveSince(before)).toEqual(["w2"]);
      await storage.addParticipant({
        id: "p1",
        workshopId: "w2",
        tokenHash: "t1",
        name: "Léa",
        createdAt: 9,
      });
      await storage.setContact("p1", "lea@asso.fr");
      expect(await storage.purgeContacts("w2")).toBe(1);
      expect(await storage.findContact("p1")).toBeNull();
      expect(await storage.listParticipants("w2")).toEqual([{ id: "p1", name: "Léa" }]);
    });
  });
}
