import type {
  CofacilitatorKeyRecord,
  ParticipantRecord,
  PendingUpdate,
  Storage,
  StoredDocument,
  WorkshopRecord,
} from "./storage";

interface WorkshopData {
  record: WorkshopRecord;
  snapshot: Uint8Array | null;
  updates: { seq: number; update: Uint8Array }[];
  owners: Map<number, string>;
  lastActivity: number;
}

/**
 * Everything in memory, nothing durable: for tests of the room pipeline and for trying Troc
 * out (`STORAGE=memory`). It keeps the contract every storage keeps (storageContract.ts),
 * batches included: an append naming an unknown workshop appends nothing.
 */
export function createMemoryStorage(): Storage {
  const workshops = new Map<string, WorkshopData>();
  const participants = new Map<string, ParticipantRecord>();
  const contacts = new Map<string, string>();
  const coKeys = new Map<string, CofacilitatorKeyRecord>();
  const coKeysOf = (workshopId: string) =>
    [...coKeys.values()].filter((k) => k.workshopId === workshopId);
  let seq = 0;

  const data = (workshopId: string): WorkshopData | undefined => workshops.get(workshopId);
  const participantsOf = (workshopId: string) =>
    [...participants.values()].filter((p) => p.workshopId === workshopId);

  return {
    async createWorkshop(record, initialUpdate) {
      const taken = [...workshops.values()].some((w) => w.record.joinCode === record.joinCode);
      if (taken || workshops.has(record.id)) return false;
      workshops.set(record.id, {
        record,
        snapshot: null,
        updates: [{ seq: ++seq, update: initialUpdate }],
        owners: new Map(),
        lastActivity: record.createdAt,
      });
      return true;
    },
    async findWorkshop(workshopId) {
      return data(workshopId)?.record ?? null;
    },
    async findWorkshopByJoinCode(joinCode) {
      return [...workshops.values()].find((w) => w.record.joinCode === joinCode)?.record ?? null;
    },
    async addParticipant(participant) {
      const workshop = data(participant.workshopId);
      if (!workshop) throw new Error(`unknown workshop ${participant.workshopId}`);
      participants.set(participant.id, participant);
      workshop.lastActivity = Math.max(workshop.lastActivity, participant.createdAt);
    },
    async findParticipantByToken(workshopId, tokenHash) {
      return participantsOf(workshopId).find((p) => p.tokenHash === tokenHash) ?? null;
    },
    async listParticipants(workshopId) {
      return participantsOf(workshopId)
        .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
        .map(({ id, name }) => {
          const contact = contacts.get(id);
          return contact === undefined ? { id, name } : { id, name, contact };
        });
    },
    async setContact(participantId, contact) {
      if (contact === null) contacts.delete(participantId);
      else contacts.set(participantId, contact);
    },
    async findContact(participantId) {
      return contacts.get(participantId) ?? null;
    },
    async appendUpdates(updates: readonly PendingUpdate[]) {
      for (const u of updates) {
        if (!workshops.has(u.workshopId)) throw new Error(`unknown workshop ${u.workshopId}`);
      }
      const now = Date.now();
      return updates.map((u) => {
        const workshop = data(u.workshopId) as WorkshopData;
        const number = ++seq;
        workshop.updates.push({ seq: number, update: u.update });
        for (const [client, owner] of u.owners ?? []) {
          if (!workshop.owners.has(client)) workshop.owners.set(client, owner);
        }
        workshop.lastActivity = Math.max(workshop.lastActivity, now);
        return number;
      });
    },
    async loadDocument(workshopId): Promise<StoredDocument> {
      const workshop = data(workshopId);
      return {
        snapshot: workshop?.snapshot ?? null,
        updates: workshop?.updates.map((u) => u.update) ?? [],
        lastSeq: workshop?.updates[workshop.updates.length - 1]?.seq ?? 0,
        owners: new Map(workshop?.owners ?? []),
      };
    },
    async compact(workshopId, snapshot, upToSeq) {
      const workshop = data(workshopId);
      if (!workshop) throw new Error(`unknown workshop ${workshopId}`);
      workshop.snapshot = snapshot;
      workshop.updates = workshop.updates.filter((u) => u.seq > upToSeq);
    },
    async addOwners(workshopId, owners) {
      const workshop = data(workshopId);
      for (const [client, owner] of owners) {
        if (workshop && !workshop.owners.has(client)) workshop.owners.set(client, owner);
      }
    },
    async deleteParticipant(participantId) {
      participants.delete(participantId);
      contacts.delete(participantId);
    },
    async addCofacilitatorKey(record, limit) {
      if (!workshops.has(record.workshopId))
        throw new Error(`unknown workshop ${record.workshopId}`);
      if (coKeysOf(record.workshopId).length >= limit) return false;
      coKeys.set(record.id, record);
      return true;
    },
    async findCofacilitatorKey(workshopId, keyHash) {
      return coKeysOf(workshopId).find((k) => k.keyHash === keyHash) ?? null;
    },
    async listCofacilitatorKeys(workshopId) {
      return coKeysOf(workshopId);
    },
    async deleteCofacilitatorKey(workshopId, id) {
      const key = coKeys.get(id);
      if (key?.workshopId !== workshopId) return null;
      coKeys.delete(id);
      return key;
    },
    async deleteWorkshop(workshopId) {
      for (const k of coKeysOf(workshopId)) coKeys.delete(k.id);
      for (const p of participantsOf(workshopId)) {
        participants.delete(p.id);
        contacts.delete(p.id);
      }
      workshops.delete(workshopId);
    },
    async lastActivity(workshopId) {
      return data(workshopId)?.lastActivity ?? null;
    },
    async inactiveSince(before) {
      return [...workshops.values()]
        .filter((w) => w.lastActivity < before)
        .map((w) => w.record.id)
        .sort();
    },
    async purgeContacts(workshopId) {
      let count = 0;
      for (const p of participantsOf(workshopId)) if (contacts.delete(p.id)) count++;
      return count;
    },
    async close() {},
  };
}
