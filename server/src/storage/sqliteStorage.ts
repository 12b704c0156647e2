import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type {
  CofacilitatorKeyRecord,
  ParticipantRecord,
  PendingUpdate,
  Storage,
  StoredDocument,
  WorkshopRecord,
} from "./storage";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS workshops (
  id TEXT PRIMARY KEY,
  join_code TEXT NOT NULL UNIQUE,
  facilitator_key_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS participants (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  token_hash TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
-- Apart from participants so that databases made before it need no ALTER TABLE.
CREATE TABLE IF NOT EXISTS participant_contacts (
  participant_id TEXT PRIMARY KEY REFERENCES participants(id),
  contact TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS doc_snapshots (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops(id),
  data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS doc_updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_updates_by_workshop ON doc_updates(workshop_id, seq);
-- When anything last happened in a workshop: what the retention periods count from.
CREATE TABLE IF NOT EXISTS workshop_activity (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops(id),
  at INTEGER NOT NULL
);
-- Revocable co-facilitator links: facilitator rights on one board until deleted.
CREATE TABLE IF NOT EXISTS cofacilitator_keys (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  key_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);
-- Which participant (or "facilitator") owns each Yjs client id: only they may write with it.
CREATE TABLE IF NOT EXISTS client_owners (
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  client_id INTEGER NOT NULL,
  owner TEXT NOT NULL,
  PRIMARY KEY (workshop_id, client_id)
);
`;

interface WorkshopRow {
  id: string;
  join_code: string;
  facilitator_key_hash: string;
  created_at: number;
}
interface ParticipantRow {
  id: string;
  workshop_id: string;
  token_hash: string;
  name: string;
  created_at: number;
}

const toWorkshop = (row: WorkshopRow): WorkshopRecord => ({
  id: row.id,
  joinCode: row.join_code,
  facilitatorKeyHash: row.facilitator_key_hash,
  createdAt: row.created_at,
});

/**
 * SQLite in WAL mode with synchronous=FULL: a committed transaction survives a killed
 * process and a power cut. better-sqlite3 is synchronous, so a resolved promise means the
 * data is on disk.
 */
export function openSqliteStorage(dataDir: string): Storage {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, "troc.sqlite"));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.exec(SCHEMA);

  const insertWorkshop = db.prepare(
    "INSERT INTO workshops (id, join_code, facilitator_key_hash, created_at) VALUES (?, ?, ?, ?)",
  );
  const selectWorkshop = db.prepare<[string], WorkshopRow>("SELECT * FROM workshops WHERE id = ?");
  const selectWorkshopByCode = db.prepare<[string], WorkshopRow>(
    "SELECT * FROM workshops WHERE join_code = ?",
  );
  const insertParticipant = db.prepare(
    "INSERT INTO participants (id, workshop_id, token_hash, name, created_at) VALUES (?, ?, ?, ?, ?)",
  );
  const selectParticipant = db.prepare<[string, string], ParticipantRow>(
    "SELECT * FROM participants WHERE workshop_id = ? AND token_hash = ?",
  );
  const selectParticipants = db.prepare<
    [string],
    { id: string; name: string; contact: string | null }
  >(
    `SELECT p.id, p.name, c.contact FROM participants p
     LEFT JOIN participant_contacts c ON c.participant_id = p.id
     WHERE p.workshop_id = ? ORDER BY p.created_at, p.id`,
  );
  const upsertContact = db.prepare(
    "INSERT INTO participant_contacts (participant_id, contact) VALUES (?, ?) ON CONFLICT(participant_id) DO UPDATE SET contact = excluded.contact",
  );
  const deleteContact = db.prepare("DELETE FROM participant_contacts WHERE participant_id = ?");
  const insertCoKey = db.prepare(
    "INSERT INTO cofacilitator_keys (id, workshop_id, key_hash, created_at) VALUES (?, ?, ?, ?)",
  );
  const coKeyColumns =
    "id, workshop_id AS workshopId, key_hash AS keyHash, created_at AS createdAt";
  const selectCoKey = db.prepare<[string, string], CofacilitatorKeyRecord>(
    `SELECT ${coKeyColumns} FROM cofacilitator_keys WHERE workshop_id = ? AND key_hash = ?`,
  );
  const selectCoKeys = db.prepare<[string], CofacilitatorKeyRecord>(
    `SELECT ${coKeyColumns} FROM cofacilitator_keys WHERE workshop_id = ? ORDER BY created_at, rowid`,
  );
  const countCoKeys = db.prepare<[string], { n: number }>(
    "SELECT COUNT(*) AS n FROM cofacilitator_keys WHERE workshop_id = ?",
  );
  const deleteCoKey = db.prepare<[string, string], CofacilitatorKeyRecord>(
    `DELETE FROM cofacilitator_keys WHERE workshop_id = ? AND id = ? RETURNING ${coKeyColumns}`,
  );
  const selectContact = db.prepare<[string], { contact: string }>(
    "SELECT contact FROM participant_contacts WHERE participant_id = ?",
  );
  const insertUpdate = db.prepare("INSERT INTO doc_updates (workshop_id, data) VALUES (?, ?)");
  const selectSnapshot = db.prepare<[string], { data: Buffer }>(
    "SELECT data FROM doc_snapshots WHERE workshop_id = ?",
  );
  const selectUpdates = db.prepare<[string], { seq: number; data: Buffer }>(
    "SELECT seq, data FROM doc_updates WHERE workshop_id = ? ORDER BY seq",
  );
  const upsertSnapshot = db.prepare(
    "INSERT INTO doc_snapshots (workshop_id, data) VALUES (?, ?) ON CONFLICT(workshop_id) DO UPDATE SET data = excluded.data",
  );
  const deleteUpdatesUpTo = db.prepare(
    "DELETE FROM doc_updates WHERE workshop_id = ? AND seq <= ?",
  );
  // An owner, once recorded, never changes: a client id is bound to whoever first wrote with it.
  const insertOwner = db.prepare(
    "INSERT OR IGNORE INTO client_owners (workshop_id, client_id, owner) VALUES (?, ?, ?)",
  );
  const selectOwners = db.prepare<[string], { client_id: number; owner: string }>(
    "SELECT client_id, owner FROM client_owners WHERE workshop_id = ?",
  );

  const createWorkshopTx = db.transaction((w: WorkshopRecord, initialUpdate: Uint8Array) => {
    insertWorkshop.run(w.id, w.joinCode, w.facilitatorKeyHash, w.createdAt);
    insertUpdate.run(w.id, initialUpdate);
  });
  const touch = db.prepare(
    "INSERT INTO workshop_activity (workshop_id, at) VALUES (?, ?) ON CONFLICT(workshop_id) DO UPDATE SET at = max(at, excluded.at)",
  );
  // Databases made before activity was recorded: a workshop's creation counts as its last.
  const selectActivity = db.prepare<[string], { at: number }>(
    `SELECT COALESCE(a.at, w.created_at) AS at FROM workshops w
     LEFT JOIN workshop_activity a ON a.workshop_id = w.id WHERE w.id = ?`,
  );
  const selectInactive = db.prepare<[number], { id: string }>(
    `SELECT w.id FROM workshops w LEFT JOIN workshop_activity a ON a.workshop_id = w.id
     WHERE COALESCE(a.at, w.created_at) < ? ORDER BY w.id`,
  );
  const deleteWorkshopContacts = db.prepare(
    "DELETE FROM participant_contacts WHERE participant_id IN (SELECT id FROM participants WHERE workshop_id = ?)",
  );
  const deleteParticipantRow = db.prepare("DELETE FROM participants WHERE id = ?");
  const erase = (table: string) =>
    db.prepare(`DELETE FROM ${table} WHERE ${table === "workshops" ? "id" : "workshop_id"} = ?`);
  const eraseWorkshopRows = [
    "participants",
    "cofacilitator_keys",
    "client_owners",
    "doc_updates",
    "doc_snapshots",
    "workshop_activity",
    "workshops",
  ].map(erase);
  const deleteWorkshopTx = db.transaction((workshopId: string) => {
    deleteWorkshopContacts.run(workshopId);
    for (const statement of eraseWorkshopRows) statement.run(workshopId);
  });
  const deleteParticipantTx = db.transaction((participantId: string) => {
    deleteContact.run(participantId);
    deleteParticipantRow.run(participantId);
  });
  const addCoKeyTx = db.transaction((record: CofacilitatorKeyRecord, limit: number): boolean => {
    if ((countCoKeys.get(record.workshopId)?.n ?? 0) >= limit) return false;
    insertCoKey.run(record.id, record.workshopId, record.keyHash, record.createdAt);
    return true;
  });
  const ownersTx = db.transaction((workshopId: string, owners: ReadonlyMap<number, string>) => {
    for (const [client, owner] of owners) insertOwner.run(workshopId, client, owner);
  });
  const appendTx = db.transaction((updates: readonly PendingUpdate[]): number[] => {
    const now = Date.now();
    const seqs = updates.map((u) => {
      const seq = Number(insertUpdate.run(u.workshopId, u.update).lastInsertRowid);
      if (u.owners) ownersTx(u.workshopId, u.owners);
      return seq;
    });
    for (const workshopId of new Set(updates.map((u) => u.workshopId))) touch.run(workshopId, now);
    return seqs;
  });
  const compactTx = db.transaction((workshopId: string, snapshot: Uint8Array, upTo: number) => {
    upsertSnapshot.run(workshopId, snapshot);
    deleteUpdatesUpTo.run(workshopId, upTo);
  });

  const bytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

  return {
    async createWorkshop(workshop, initialUpdate) {
      try {
        createWorkshopTx(workshop, initialUpdate);
        return true;
      } catch (error) {
        if (error instanceof Database.SqliteError && error.code === "SQLITE_CONSTRAINT_UNIQUE") {
          return false;
        }
        throw error;
      }
    },
    async findWorkshop(workshopId) {
      const row = selectWorkshop.get(workshopId);
      return row ? toWorkshop(row) : null;
    },
    async findWorkshopByJoinCode(joinCode) {
      const row = selectWorkshopByCode.get(joinCode);
      return row ? toWorkshop(row) : null;
    },
    async addParticipant(p: ParticipantRecord) {
      insertParticipant.run(p.id, p.workshopId, p.tokenHash, p.name, p.createdAt);
      touch.run(p.workshopId, p.createdAt);
    },
    async findParticipantByToken(workshopId, tokenHash) {
      const row = selectParticipant.get(workshopId, tokenHash);
      return row
        ? {
            id: row.id,
            workshopId: row.workshop_id,
            tokenHash: row.token_hash,
            name: row.name,
            createdAt: row.created_at,
          }
        : null;
    },
    async listParticipants(workshopId) {
      return selectParticipants
        .all(workshopId)
        .map(({ id, name, contact }) => (contact === null ? { id, name } : { id, name, contact }));
    },
    async setContact(participantId, contact) {
      if (contact === null) deleteContact.run(participantId);
      else upsertContact.run(participantId, contact);
    },
    async findContact(participantId) {
      return selectContact.get(participantId)?.contact ?? null;
    },
    async addCofacilitatorKey(record, limit) {
      return addCoKeyTx(record, limit);
    },
    async findCofacilitatorKey(workshopId, keyHash) {
      return selectCoKey.get(workshopId, keyHash) ?? null;
    },
    async listCofacilitatorKeys(workshopId) {
      return selectCoKeys.all(workshopId);
    },
    async deleteCofacilitatorKey(workshopId, id) {
      return deleteCoKey.get(workshopId, id) ?? null;
    },
    async appendUpdates(updates) {
      return updates.length > 0 ? appendTx(updates) : [];
    },
    async loadDocument(workshopId): Promise<StoredDocument> {
      const snapshot = selectSnapshot.get(workshopId);
      const rows = selectUpdates.all(workshopId);
      return {
        snapshot: snapshot ? bytes(snapshot.data) : null,
        updates: rows.map((row) => bytes(row.data)),
        lastSeq: rows[rows.length - 1]?.seq ?? 0,
        owners: new Map(selectOwners.all(workshopId).map((row) => [row.client_id, row.owner])),
      };
    },
    async addOwners(workshopId, owners) {
      ownersTx(workshopId, owners);
    },
    async deleteParticipant(participantId) {
      deleteParticipantTx(participantId);
    },
    async deleteWorkshop(workshopId) {
      deleteWorkshopTx(workshopId);
    },
    async lastActivity(workshopId) {
      return selectActivity.get(workshopId)?.at ?? null;
    },
    async inactiveSince(before) {
      return selectInactive.all(before).map((row) => row.id);
    },
    async purgeContacts(workshopId) {
      return deleteWorkshopContacts.run(workshopId).changes;
    },
    async compact(workshopId, snapshot, upToSeq) {
      compactTx(workshopId, snapshot, upToSeq);
    },
    async close() {
      db.close();
    },
  };
}
