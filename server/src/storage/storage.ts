/** A workshop's server-side record; what not everyone may read stays here, not in the doc. */
export interface WorkshopRecord {
  id: string;
  joinCode: string;
  facilitatorKeyHash: string;
  createdAt: number;
}

/**
 * A co-facilitator link's key, hashed: facilitator rights on the board of one workshop until
 * the facilitator revokes it (the workshop's own key cannot be revoked).
 */
export interface CofacilitatorKeyRecord {
  id: string;
  workshopId: string;
  keyHash: string;
  createdAt: number;
}

export interface ParticipantRecord {
  id: string;
  workshopId: string;
  tokenHash: string;
  name: string;
  createdAt: number;
}

export interface ParticipantSummary {
  id: string;
  name: string;
  /** Only when they gave one. */
  contact?: string;
}

/** One accepted Yjs update, waiting to be made durable. */
export interface PendingUpdate {
  workshopId: string;
  update: Uint8Array;
  /**
   * Yjs client ids this update writes with for the first time, and who owns them from now
   * on (a participantId, or "facilitator"); stored in the same transaction as the update.
   */
  owners?: ReadonlyMap<number, string>;
}

/** What storage holds of a workshop's document: a snapshot, then updates in arrival order. */
export interface StoredDocument {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** The sequence number of the last of `updates` (0 when none): what a compaction covers. */
  lastSeq: number;
  /** Who owns each Yjs client id that wrote to the document (see PendingUpdate.owners). */
  owners: Map<number, string>;
}

/**
 * Everything the server keeps. Async so that a shared database can stand in for SQLite;
 * every implementation passes the same contract suite (storageContract.ts).
 */
export interface Storage {
  /** Creates a workshop with its first document update; false if the join code is taken. */
  createWorkshop(workshop: WorkshopRecord, initialUpdate: Uint8Array): Promise<boolean>;
  findWorkshop(workshopId: string): Promise<WorkshopRecord | null>;
  findWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | null>;
  addParticipant(participant: ParticipantRecord): Promise<void>;
  findParticipantByToken(workshopId: string, tokenHash: string): Promise<ParticipantRecord | null>;
  /**
   * Everyone registered in a workshop, in registration order, with the contact details they
   * left (for the facilitator's export only).
   */
  listParticipants(workshopId: string): Promise<ParticipantSummary[]>;
  /** Sets (a string) or removes (null) a participant's contact details. */
  setContact(participantId: string, contact: string | null): Promise<void>;
  findContact(participantId: string): Promise<string | null>;
  /**
   * Stores every update (and its client owners) durably, all or none, before it resolves with
   * the sequence number each got (increasing in the order given).
   */
  appendUpdates(updates: readonly PendingUpdate[]): Promise<number[]>;
  loadDocument(workshopId: string): Promise<StoredDocument>;
  /**
   * Replaces the stored updates of a workshop up to sequence number `upToSeq` by one snapshot
   * that covers them. Updates appended after `upToSeq` (by this process or another) are kept,
   * so a compaction never loses one. Client owners are kept.
   */
  compact(workshopId: string, snapshot: Uint8Array, upToSeq: number): Promise<void>;
  /** Records owners of client ids found in a document stored before owners were. */
  addOwners(workshopId: string, owners: ReadonlyMap<number, string>): Promise<void>;
  /**
   * Adds a key unless the workshop already holds `limit` of them (false then): counted and
   * added in one step, so requests at once never go past the limit.
   */
  addCofacilitatorKey(record: CofacilitatorKeyRecord, limit: number): Promise<boolean>;
  findCofacilitatorKey(workshopId: string, keyHash: string): Promise<CofacilitatorKeyRecord | null>;
  /** A workshop's co-facilitator keys, oldest first. */
  listCofacilitatorKeys(workshopId: string): Promise<CofacilitatorKeyRecord[]>;
  /** Revokes one; resolves with what it revoked, null if the workshop has no such key. */
  deleteCofacilitatorKey(workshopId: string, id: string): Promise<CofacilitatorKeyRecord | null>;
  /** Erases a participant: their record (and token) and their contact details. */
  deleteParticipant(participantId: string): Promise<void>;
  /** Erases a workshop and everything about it, in every table; nothing is left. */
  deleteWorkshop(workshopId: string): Promise<void>;
  /**
   * When anything last happened in a workshop (created, a change stored, someone joined),
   * in ms since the epoch; null for an unknown workshop.
   */
  lastActivity(workshopId: string): Promise<number | null>;
  /** Workshops with no activity since `before`. */
  inactiveSince(before: number): Promise<string[]>;
  /** Erases the contact details left in a workshop; resolves with how many there were. */
  purgeContacts(workshopId: string): Promise<number>;
  close(): Promise<void>;
}
