import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";

/**
 * WebSocket message types. 0 and 1 are y-protocols' sync and awareness, as y-websocket's
 * WebsocketProvider speaks them; Troc's own types start at 100 to stay clear of
 * y-websocket's (2 auth, 3 query-awareness). docs/protocol.md describes each byte by byte.
 */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
/** Server → client: "these updates of yours are stored on disk". */
export const MESSAGE_STORED = 100;

/** Version of the MESSAGE_STORED payload; a client ignores versions it does not know. */
export const STORED_MESSAGE_VERSION = 1;

/**
 * Encodes a "stored" message: message type, payload version, then a Yjs state vector
 * (clientID → clock) saying that every item below those clocks is durable on the server.
 */
export function encodeStoredMessage(stored: ReadonlyMap<number, number>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_STORED);
  encoding.writeVarUint(encoder, STORED_MESSAGE_VERSION);
  encoding.writeVarUint(encoder, stored.size);
  for (const [client, clock] of stored) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return encoding.toUint8Array(encoder);
}

/**
 * Reads the payload of a "stored" message whose type byte was already consumed. Returns null
 * for a payload version this code does not know.
 */
export function decodeStoredPayload(decoder: decoding.Decoder): Map<number, number> | null {
  if (decoding.readVarUint(decoder) !== STORED_MESSAGE_VERSION) return null;
  return Y.decodeStateVector(decoding.readTailAsUint8Array(decoder));
}

/**
 * What a transaction brought its doc up to, per client it added to: the same as
 * `updateUpperClocks` of the transaction's update, without parsing that update again (a
 * 2,000-note board's first sync spent 65 ms there).
 */
export function transactionUpperClocks(transaction: Y.Transaction): Map<number, number> {
  const clocks = new Map<number, number>();
  for (const [client, clock] of transaction.afterState)
    if (clock !== (transaction.beforeState.get(client) ?? 0)) clocks.set(client, clock);
  return clocks;
}

/** The state vector an update brings its doc up to, per client that wrote in it. */
export function updateUpperClocks(update: Uint8Array): Map<number, number> {
  return Y.parseUpdateMeta(update).to;
}
