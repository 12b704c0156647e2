import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sirv from "sirv";
import { WebSocketServer } from "ws";
import type { Config } from "./config";
import { handleApi } from "./http/api";
import { sendJson } from "./http/json";
import type { Logger } from "./log";
import { CLOSE } from "./rooms/connection";
import { RoomRegistry } from "./rooms/registry";
import { acceptSocket, parseSocketUrl } from "./socket";
import { openSqliteStorage } from "./storage/sqliteStorage";

export interface TrocServer {
  /** Resolves with the bound port once listening. */
  listen(): Promise<number>;
  /** Stops accepting, finishes storing, closes sockets with 1001, closes storage. */
  close(): Promise<void>;
  readonly rooms: RoomRegistry;
}

/** Wires HTTP, WebSocket, rooms and storage together; `main.ts` only adds the process. */
export function createTrocServer(config: Config, log: Logger): TrocServer {
  const storage = openSqliteStorage(config.dataDir);
  const rooms = new RoomRegistry({
    storage,
    log,
    unloadGraceMs: config.roomUnloadGraceMs,
    compactEveryUpdates: config.compactEveryUpdates,
  });
  const hasClient = fs.existsSync(path.join(config.clientDir, "index.html"));
  if (!hasClient)
    log.warn({ clientDir: config.clientDir }, "client not built: only the API is served");
  const serveClient = hasClient
    ? sirv(config.clientDir, { single: true, etag: true, gzip: false })
    : null;

  const server = http.createServer((req, res) => {
    void (async () => {
      if (await handleApi(req, res, { storage, rooms, maxBodyBytes: config.maxBodyBytes })) return;
      if (req.url === "/healthz") return sendJson(res, 200, { ok: true });
      if (serveClient)
        return serveClient(req, res, () => sendJson(res, 404, { error: "Not found" }));
      sendJson(res, 503, { error: "The client is not built: run npm start or npm run build" });
    })().catch((err: unknown) => {
      log.error({ err, url: req.url?.split("?")[0] }, "request failed");
      if (!res.headersSent) sendJson(res, 500, { error: "Internal error" });
      else res.destroy();
    });
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  server.on("upgrade", (req, socket, head) => {
    if (!parseSocketUrl(req.url)) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => acceptSocket(ws, req, { storage, rooms, log }));
  });

  return {
    rooms,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(config.port, config.host, () =>
          resolve((server.address() as AddressInfo).port),
        );
      }),
    async close() {
      server.close();
      await rooms.closeAll(CLOSE.goingAway, "server shutting down");
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await storage.close();
    },
  };
}
