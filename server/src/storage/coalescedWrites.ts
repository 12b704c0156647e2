import type { PendingUpdate, Storage } from "./storage";

/**
 * Wraps a storage so that every `appendUpdates` call made during one turn of the event loop,
 * from any room, is committed in one transaction: durability costs one disk flush per turn,
 * not one per note. Each caller's promise settles with that shared commit.
 */
export function coalesceWrites(storage: Storage): Storage {
  let pending: { updates: PendingUpdate[]; settle: ((error?: unknown) => void)[] } | null = null;

  const commit = async (): Promise<void> => {
    const batch = pending;
    pending = null;
    if (!batch) return;
    try {
      await storage.appendUpdates(batch.updates);
      for (const settle of batch.settle) settle();
    } catch (error) {
      for (const settle of batch.settle) settle(error ?? new Error("storage failed"));
    }
  };

  return {
    createWorkshop: (workshop, initialUpdate) => storage.createWorkshop(workshop, initialUpdate),
    findWorkshop: (id) => storage.findWorkshop(id),
    findWorkshopByJoinCode: (code) => storage.findWorkshopByJoinCode(code),
    addParticipant: (participant) => storage.addParticipant(participant),
    findParticipantByToken: (id, hash) => storage.findParticipantByToken(id, hash),
    listParticipants: (id) => storage.listParticipants(id),
    setContact: (participantId, contact) => storage.setContact(participantId, contact),
    findContact: (participantId) => storage.findContact(participantId),
    loadDocument: (id) => storage.loadDocument(id),
    compact: (id, snapshot) => storage.compact(id, snapshot),
    addOwners: (id, owners) => storage.addOwners(id, owners),
    deleteParticipant: (participantId) => storage.deleteParticipant(participantId),
    deleteWorkshop: (id) => storage.deleteWorkshop(id),
    lastActivity: (id) => storage.lastActivity(id),
    inactiveSince: (before) => storage.inactiveSince(before),
    purgeContacts: (id) => storage.purgeContacts(id),
    close: () => storage.close(),
    appendUpdates(updates) {
      if (updates.length === 0) return Promise.resolve();
      if (!pending) {
        pending = { updates: [], settle: [] };
        setImmediate(() => void commit());
      }
      const batch = pending;
      batch.updates.push(...updates);
      return new Promise<void>((resolve, reject) =>
        batch.settle.push((error) => (error === undefined ? resolve() : reject(error))),
      );
    },
  };
}
