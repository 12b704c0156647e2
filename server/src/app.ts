import fs from "node:fs";
import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Duplex } from "node:stream";
import type { WebSocket } from "ws";
import { WebSocketServer } from "ws";
import type { Config } from "./config";
import type { ApiDeps } from "./http/deps";
import { apiRoutes, createHttpApp } from "./http/httpApp";
import { createLifecycle } from "./lifecycle";
import { KeyedRateLimiter } from "./limits/tokenBucket";
import type { Logger } from "./log";
import { createMetrics } from "./metrics";
import { startRetention } from "./retention";
import { CLOSE } from "./rooms/connection";
import { RoomRegistry } from "./rooms/registry";
import { acceptSocket, parseSocketUrl, SocketsPerToken } from "./socket";
import { openStorage } from "./storage/openStorage";

export interface TrocServer {
  /** Resolves with the bound port once listening. */
  listen(): Promise<number>;
  /** Stops accepting, finishes storing, closes sockets with 1001, closes storage. */
  close(): Promise<void>;
  readonly rooms: RoomRegistry;
  /** Runs the retention purge now (it also runs by itself every RETENTION_SWEEP_MS). */
  sweepRetention(): Promise<void>;
  /** The HTTP routes served, for the OpenAPI conformance test. */
  routes(): Promise<readonly { method: string; url: string }[]>;
}

/** Wires HTTP, WebSocket, rooms and storage together; `main.ts` only adds the process. */
export function createTrocServer(
  config: Config,
  log: Logger,
  options: { now?: () => number; onDescriptionMismatch?: (violation: string) => void } = {},
): TrocServer {
  const storage = openStorage(config);
  let rooms: RoomRegistry | null = null;
  const metrics = createMetrics(() => rooms?.loadedCount ?? 0);
  rooms = new RoomRegistry({
    storage,
    log,
    metrics,
    unloadGraceMs: config.roomUnloadGraceMs,
    compactEveryUpdates: config.compactEveryUpdates,
    notesPerParticipant: config.notesPerParticipant,
  });
  const registry = rooms;
  const lifecycle = createLifecycle({ storage, rooms: registry, log, metrics });
  let retention: ReturnType<typeof startRetention> | null = null;
  const perToken = new SocketsPerToken(config.socketsPerToken);
  const api: ApiDeps = {
    storage,
    rooms: registry,
    metrics,
    maxBodyBytes: config.maxBodyBytes,
    maxImportBytes: config.maxImportBytes,
    joinLimiter: new KeyedRateLimiter(
      config.joinLookupsPerMinute / 60,
      config.joinLookupsPerMinute,
    ),
    registrationLimiter: new KeyedRateLimiter(
      config.registrationsPerMinute / 60,
      config.registrationsPerMinute,
    ),
    creationLimiter: new KeyedRateLimiter(config.workshopsPerHour / 3600, config.workshopsPerHour),
    trustProxy: config.trustProxy,
    publicUrl: config.publicUrl,
    metricsToken: config.metricsToken,
    lifecycle,
    retention: config.retention,
    sockets: perToken,
  };
  const hasClient = fs.existsSync(path.join(config.clientDir, "index.html"));
  if (!hasClient)
    log.warn({ clientDir: config.clientDir }, "client not built: only the API is served");
  const appReady = createHttpApp(api, {
    log,
    clientDir: hasClient ? config.clientDir : null,
    ...(options.onDescriptionMismatch
      ? { onDescriptionMismatch: options.onDescriptionMismatch }
      : {}),
  });

  // ws refuses frames past maxPayload with 1009; Troc's own check answers 4413 below that.
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: 4 * config.socket.maxMessageBytes,
  });
  // A socket that did not answer the last ping is gone (phone asleep, network lost). Sockets
  // are tracked from the upgrade: with noServer, ws never emits "connection" by itself.
  const alive = new WeakSet<WebSocket>();
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (!parseSocketUrl(req.url)) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      alive.add(ws);
      ws.on("pong", () => alive.add(ws));
      acceptSocket(ws, req, {
        storage,
        rooms: registry,
        log,
        metrics,
        limits: config.socket,
        perToken,
      });
    });
  };
  const pinger = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, config.pingIntervalMs);
  pinger.unref();

  /** Stopping twice (a test, then its clean-up) waits for the one shutdown. */
  let closing: Promise<void> | null = null;
  const shutdown = async (): Promise<void> => {
    clearInterval(pinger);
    retention?.stop();
    const app = await appReady;
    const httpClosed = app.close();
    await registry.closeAll(CLOSE.goingAway, "server shutting down");
    for (const client of wss.clients) client.terminate();
    wss.close();
    await httpClosed;
    await storage.close();
  };

  return {
    rooms: registry,
    async listen() {
      const app = await appReady;
      app.server.on("upgrade", onUpgrade);
      await app.listen({ port: config.port, host: config.host });
      retention = startRetention({
        storage,
        lifecycle,
        log,
        metrics,
        policy: config.retention,
        everyMs: config.retentionSweepMs,
        now: options.now ?? Date.now,
      });
      return (app.server.address() as AddressInfo).port;
    },
    close() {
      closing ??= shutdown();
      return closing;
    },
    routes: async () => apiRoutes(await appReady),
    sweepRetention: () => retention?.sweep() ?? Promise.resolve(),
  };
}
