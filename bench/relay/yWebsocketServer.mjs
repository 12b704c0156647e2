// The reference relay: @y/websocket-server's own connection handler on a plain HTTP server,
// as its README runs it. Installed for the benchmark only (bench/relay/targets.ts).
import http from "node:http";
import { setupWSConnection } from "@y/websocket-server/utils";
import { WebSocketServer } from "ws";

const server = http.createServer((_req, res) => res.end("ok"));
const wss = new WebSocketServer({ server });
wss.on("connection", (socket, req) => setupWSConnection(socket, req));
server.listen(0, "127.0.0.1", () => console.log(`PORT ${server.address().port}`));
