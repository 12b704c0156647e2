import type { ChildProcess } from "node:child_process";
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { TEST_DEFAULTS } from "./harness";

const repoRoot = path.resolve(import.meta.dirname, "../../..");

let built = false;
/** Bundles the server as `npm start` does, once per test process (a no-op when up to date). */
function buildServer(): void {
  if (built) return;
  const result = spawnSync(process.execPath, ["scripts/build-server-if-stale.mjs"], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`server build failed: ${result.stderr}`);
  built = true;
}

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  wsBase: string;
  /** Resolves with how the process ended. */
  exited: Promise<{ code: number | null; signal: string | null }>;
}

/**
 * Runs the real server as `npm start` does (the bundle of `server/src/main.ts` on plain Node),
 * as its own process on an ephemeral port, and resolves once it listens. Used by
 * process-level and e2e tests.
 */
export async function startServerProcess(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  buildServer();
  const child = spawn(process.execPath, ["--enable-source-maps", "server/dist/main.mjs"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      ...TEST_DEFAULTS,
      DATA_DIR: dataDir,
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /"port":(\d+)/.exec(out);
      if (match?.[1]) resolve(Number(match[1]));
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    void exited.then(({ code }) => reject(new Error(`server exited early with ${code}: ${out}`)));
  });
  return { child, base: `http://127.0.0.1:${port}`, wsBase: `ws://127.0.0.1:${port}/ws`, exited };
}
