// Hocuspocus with no extension (no persistence, no auth hook): its relay alone. Installed
// for the benchmark only (bench/relay/targets.ts).
import { Server } from "@hocuspocus/server";

const server = new Server({ port: 0, address: "127.0.0.1", quiet: true, debounce: 60_000 });
await server.listen();
console.log(`PORT ${server.address.port}`);
