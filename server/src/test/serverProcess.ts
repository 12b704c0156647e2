import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import path from "node:path";
import { TEST_DEFAULTS } from "./harness";

const repoRoot = path.resolve(import.meta.dirname, "../../..");

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  wsBase: string;
  /** Resolves with how the process ended. */
  exited: Promise<{ code: number | null; signal: string | null }>;
}

/**
 * Runs the real server (`server/src/main.ts`) as its own process on an ephemeral port, as
 * `npm start` would, and resolves once it listens. Used by process-level and e2e tests.
 */
export async function startServerProcess(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], {
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
