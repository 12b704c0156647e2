import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { WebSocket } from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";

/**
 * Test support: a client written from y-protocols' PROTOCOL.md, not from y-websocket. It
 * records every byte the server sends it, keeps a document of what it was sent, and sends
 * whatever a test crafts.
 */
export interface RawClient {
  socket: WebSocket;
  /** What the server sent it, applied: what this socket could show. */
  doc: Y.Doc;
  /** Every frame received, in order. */
  frames: Buffer[];
  /** True once some frame contained `text` (UTF-8), in any message. */
  saw(text: string): boolean;
  /** Sends a Yjs update as a sync "update" message. */
  sendUpdate(update: Uint8Array): void;
  /** Sends sync step 1 with `doc`'s state vector (or an empty one). */
  sendStep1(stateVector?: Uint8Array): void;
  /** Sends an awareness update for `clientID` with `state`. */
  sendAwareness(clientID: number, clock: number, state: unknown): void;
  /** Resolves with the close code, once the server closes the socket. */
  closed: Promise<{ code: number; reason: string }>;
  /** True while the socket is open. */
  isOpen(): boolean;
  /** Resolves when the server's sync step 2 has arrived. */
  synced: Promise<void>;
  /** How many sync step 2 answers have arrived. */
  answers(): number;
  close(): void;
}

export async function rawClient(
  wsBase: string,
  workshopId: string,
  token: string,
  options: { autoPong?: boolean; sync?: boolean } = {},
): Promise<RawClient> {
  const socket = new WebSocket(`${wsBase}/${workshopId}?token=${token}`, {
    autoPong: options.autoPong ?? true,
  });
  const doc = new Y.Doc();
  const frames: Buffer[] = [];
  let markSynced: () => void = () => {};
  let answers = 0;
  const synced = new Promise<void>((resolve) => {
    markSynced = resolve;
  });
  socket.on("message", (data: Buffer) => {
    frames.push(Buffer.from(data));
    const decoder = decoding.createDecoder(new Uint8Array(data));
    const type = decoding.readVarUint(decoder);
    if (type !== 0) return; // awareness and "stored" are only recorded
    const syncType = decoding.readVarUint(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) return;
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder), "server");
    if (syncType === syncProtocol.messageYjsSyncStep2) {
      answers += 1;
      markSynced();
    }
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on("close", (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  const send = (write: (encoder: encoding.Encoder) => void): void => {
    const encoder = encoding.createEncoder();
    write(encoder);
    if (socket.readyState === socket.OPEN) socket.send(encoding.toUint8Array(encoder));
  };
  const client: RawClient = {
    socket,
    doc,
    frames,
    saw: (text) => Buffer.concat(frames).includes(Buffer.from(text, "utf8")),
    sendUpdate: (update) =>
      send((encoder) => {
        encoding.writeVarUint(encoder, 0);
        syncProtocol.writeUpdate(encoder, update);
      }),
    sendStep1: (stateVector = Y.encodeStateVector(doc)) =>
      send((encoder) => {
        encoding.writeVarUint(encoder, 0);
        encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep1);
        encoding.writeVarUint8Array(encoder, stateVector);
      }),
    sendAwareness: (clientID, clock, state) =>
      send((encoder) => {
        encoding.writeVarUint(encoder, 1);
        const inner = encoding.createEncoder();
        encoding.writeVarUint(inner, 1);
        encoding.writeVarUint(inner, clientID);
        encoding.writeVarUint(inner, clock);
        encoding.writeVarString(inner, JSON.stringify(state));
        encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
      }),
    closed,
    isOpen: () => socket.readyState === socket.OPEN,
    synced,
    answers: () => answers,
    close: () => socket.close(),
  };
  if (options.sync ?? true) client.sendStep1();
  return client;
}
