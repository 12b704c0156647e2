import { MESSAGE_AWARENESS, MESSAGE_SYNC } from "@troc/shared";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";

/** A client message, decoded and checked before the room touches anything. */
export type IncomingMessage =
  | { kind: "syncStep1"; stateVector: Uint8Array }
  | { kind: "update"; update: Uint8Array }
  | { kind: "awareness"; update: Uint8Array };

/** Thrown for bytes that are not a message Troc accepts from a client. */
export class MalformedMessageError extends Error {
  override readonly name = "MalformedMessageError";
}

/** Decodes one client frame; refuses unknown types and trailing garbage rather than ignore them. */
export function decodeClientMessage(data: Uint8Array): IncomingMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    let message: IncomingMessage;
    if (type === MESSAGE_SYNC) {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === syncProtocol.messageYjsSyncStep1) {
        message = { kind: "syncStep1", stateVector: payload };
      } else if (
        syncType === syncProtocol.messageYjsSyncStep2 ||
        syncType === syncProtocol.messageYjsUpdate
      ) {
        message = { kind: "update", update: payload };
      } else {
        throw new MalformedMessageError(`unknown sync message type ${syncType}`);
      }
    } else if (type === MESSAGE_AWARENESS) {
      message = { kind: "awareness", update: decoding.readVarUint8Array(decoder) };
    } else {
      throw new MalformedMessageError(`unknown message type ${type}`);
    }
    if (decoding.hasContent(decoder)) throw new MalformedMessageError("trailing bytes");
    return message;
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError("truncated or malformed message");
  }
}

/** Wraps a Yjs update in a sync "update" message, as relayed to other clients. */
export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** One client's entry in a y-protocols awareness update. */
export interface AwarenessEntry {
  clientID: number;
  clock: number;
  /** The state as JSON text ("null" when the client goes away). */
  json: string;
}

/** Reads the entries of an awareness update, to check them before the room applies it. */
/** The awareness update carrying only `entries` (y-protocols' encoding). */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientID);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.json);
  }
  return encoding.toUint8Array(encoder);
}

export function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < count; i++) {
      entries.push({
        clientID: decoding.readVarUint(decoder),
        clock: decoding.readVarUint(decoder),
        json: decoding.readVarString(decoder),
      });
    }
    return entries;
  } catch {
    throw new MalformedMessageError("malformed awareness update");
  }
}
