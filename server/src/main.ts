import { createTrocServer } from "./app";
import { loadConfig } from "./config";
import { createLogger } from "./log";

const config = loadConfig();
const log = createLogger(config.logLevel);
const server = createTrocServer(config, log);
const port = await server.listen();
log.info({ port, host: config.host, dataDir: config.dataDir }, "Troc is listening");
console.log(`\n  Troc is ready: http://localhost:${port}\n`);

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, "shutdown failed");
        process.exit(1);
      },
    );
  });
}
