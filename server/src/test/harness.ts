import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { StoredVector } from "@troc/shared";
import { decodeStoredPayload, MESSAGE_STORED, mergeStoredVector } from "@troc/shared";
import { afterEach } from "vitest";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { TrocServer } from "../app";
import { createTrocServer } from "../app";
import { loadConfig } from "../config";
import type { Logger } from "../log";
import { createLogger } from "../log";

/**
 * Tests create workshops and register people far faster than any room of people would, all
 * from 127.0.0.1: those per-address limits are lifted unless a test sets them.
 */
export const TEST_DEFAULTS = {
  PORT: "0",
  HOST: "127.0.0.1",
  WORKSHOPS_PER_HOUR: "100000",
  REGISTRATIONS_PER_MINUTE: "100000",
};

export interface RunningServer {
  server: TrocServer;
  base: string;
  wsBase: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** A real server on an ephemeral port with a fresh data folder. */
export async function startServer(
  env: Record<string, string> = {},
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "troc-server-")),
  log: Logger = createLogger("silent"),
  options: { now?: () => number } = {},
): Promise<RunningServer> {
  const config = loadConfig({ ...TEST_DEFAULTS, DATA_DIR: dataDir, ...env });
  // Every request a test makes, and every answer, must match the API's own description.
  const mismatches: string[] = [];
  const server = createTrocServer(config, log, {
    ...options,
    onDescriptionMismatch: (violation) => mismatches.push(violation),
  });
  const port = await server.listen();
  return {
    server,
    base: `http://127.0.0.1:${port}`,
    wsBase: `ws://127.0.0.1:${port}/ws`,
    dataDir,
    async stop() {
      await server.close();
      if (mismatches.length > 0) {
        throw new Error(
          `answers that /api/openapi.json does not describe:\n${mismatches.join("\n")}`,
        );
      }
    },
  };
}

/**
 * `start` for a test file whose tests each start their own servers; every server a test
 * started is stopped after it.
 */
export function serversPerTest(): (
  env?: Record<string, string>,
  dataDir?: string,
) => Promise<RunningServer> {
  const servers: RunningServer[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.stop();
  });
  return async (env = {}, dataDir) => {
    const s = await startServer(env, dataDir);
    servers.push(s);
    return s;
  };
}

export interface Workshop {
  workshopId: string;
  joinCode: string;
  facilitatorKey: string;
}

export async function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

export async function createWorkshop(base: string, body: unknown = {}): Promise<Workshop> {
  const res = await postJson(`${base}/api/workshops`, body);
  if (res.status !== 201) throw new Error(`create workshop: ${res.status}`);
  return (await res.json()) as Workshop;
}

export async function registerParticipant(
  base: string,
  workshopId: string,
  name: string,
): Promise<{ participantId: string; participantToken: string }> {
  const res = await postJson(`${base}/api/workshops/${workshopId}/participants`, { name });
  if (res.status !== 201) throw new Error(`register participant: ${res.status}`);
  return (await res.json()) as { participantId: string; participantToken: string };
}

/** A y-websocket client, exactly as docs/protocol.md tells a third party to connect. */
export function connect(wsBase: string, workshopId: string, token: string, doc = new Y.Doc()) {
  const provider = new WebsocketProvider(wsBase, workshopId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  // Troc's "stored" message: what the server has made durable of what this client sent.
  const stored: StoredVector = new Map();
  provider.messageHandlers[MESSAGE_STORED] = (_encoder, decoder) => {
    const vector = decodeStoredPayload(decoder);
    if (vector) mergeStoredVector(stored, vector);
  };
  /** True once the server has stored everything this client wrote so far. */
  const allStored = (): boolean =>
    (stored.get(doc.clientID) ?? 0) >= Y.getState(doc.store, doc.clientID);
  return { doc, provider, stored, allStored };
}

/** Polls `check` until it returns true, or fails after `timeoutMs`. */
export async function waitFor(
  check: () => boolean,
  timeoutMs = 5000,
  what = "condition",
): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Opens a raw socket and resolves with the close code the server answers with. */
export function closeCodeOf(url: string, send?: Uint8Array | string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.on("open", () => {
      if (send !== undefined) socket.send(send);
    });
    socket.on("close", (code) => resolve(code));
    socket.on("error", reject);
  });
}
