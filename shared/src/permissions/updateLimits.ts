/**
 * Bounds on the shape of any update the server accepts, whoever sends it. Each is far above
 * what an honest board or phone produces and low enough that no single update can make a
 * workshop unloadable or a check slow. docs/security.md explains each one.
 */
export const UPDATE_LIMITS = {
  /**
   * Highest clock any Yjs client may reach. An honest client's clock grows by one per
   * character or value it writes: 2^31 is centuries of typing, and keeps clocks far from
   * 2^53, where lib0's integers stop being exact.
   */
  maxClock: 2 ** 31,
  /**
   * Deepest nesting under a root type, in levels: notes → note → parts → part → field is 4,
   * the schema's deepest path.
   */
  maxDepth: 4,
  /** Longest map key (note, family or participant ids, field names), in UTF-16 units. */
  maxKeyLength: 128,
  /** Longest string value anyone may write (titles, names, texts), in UTF-16 units. */
  maxStringLength: 2000,
  /** Parts (savoirs, savoir-faire, savoir-être) one note may hold. */
  maxPartsPerNote: 30,
  /** Yjs client ids one participant may write with (one per reloaded page that wrote). */
  maxClientsPerParticipant: 500,
  /**
   * Structs (insertions) one update may carry. A phone's largest honest update, its offline
   * backlog sent on reconnect, is some 20 per note; Yjs spends microseconds decoding each, so
   * this bounds how long one frame can hold the server (docs/security.md has the figures).
   */
  maxStructs: { participant: 10_000, facilitator: 100_000 },
  /** Delete ranges one update may carry: a reconnecting client sends the document's all. */
  maxDeleteRanges: { participant: 200_000, facilitator: 1_000_000 },
} as const;
