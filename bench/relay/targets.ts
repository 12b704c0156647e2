import type { ChildProcess } from "node:child_process";
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** The servers compared: Troc, and two relays that neither check nor store. */
export type TargetName = "troc" | "y-websocket-server" | "hocuspocus";

export interface RunningTarget {
  name: TargetName;
  port: number;
  pid: number;
  /** Sockets speak Hocuspocus's framing (each message prefixed with the document name). */
  hocuspocus: boolean;
  /** CPU seconds the server process has used so far. */
  cpuSeconds(): number;
  /** The process's peak resident memory so far, in MB. */
  peakRssMb(): number;
  /** Its resident memory now, in MB. */
  rssMb(): number;
  stop(): Promise<void>;
}

const repoRoot = path.resolve(import.meta.dirname, "../..");
const referenceDir = path.join(import.meta.dirname, ".servers");
/** Pinned versions that run on Node 20 with Yjs 13 (the 0.1.5 and 4.x lines need Yjs 14, Node 22). */
const REFERENCE_PACKAGES = [
  "@y/websocket-server@0.1.1",
  "@hocuspocus/server@3.4.4",
  "yjs@13.6.33",
  "y-protocols@1.0.7",
  "ws@8.23.0",
];

/** Installs the reference servers into bench/relay/.servers once: never the project's deps. */
export function installReferences(): void {
  if (fs.existsSync(path.join(referenceDir, "node_modules", "@hocuspocus", "server"))) return;
  fs.mkdirSync(referenceDir, { recursive: true });
  fs.writeFileSync(
    path.join(referenceDir, "package.json"),
    '{ "private": true, "type": "module" }\n',
  );
  execFileSync("npm", ["install", "--no-audit", "--no-fund", ...REFERENCE_PACKAGES], {
    cwd: referenceDir,
    stdio: "inherit",
  });
}

function procStat(pid: number): { cpu: number; hwmKb: number; rssKb: number } {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return { cpu: ticks / 100, hwmKb: hwm, rssKb: rss };
  } catch {
    return { cpu: 0, hwmKb: 0, rssKb: 0 };
  }
}

function waitForPort(child: ChildProcess, pattern: RegExp): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = "";
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = pattern.exec(out);
      if (match?.[1]) {
        child.stdout?.off("data", onData);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited (${code}): ${out.slice(-500)}`)));
  });
}

/** Starts one server in its own process, on a free port; resolves once it listens. */
export async function startTarget(name: TargetName): Promise<RunningTarget> {
  let child: ChildProcess;
  let port: number;
  if (name === "troc") {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "troc-bench-"));
    // As `npm start` runs it: the bundle on plain Node.
    execFileSync(process.execPath, ["scripts/build-server-if-stale.mjs"], { cwd: repoRoot });
    child = spawn(process.execPath, ["--enable-source-maps", "server/dist/main.mjs"], {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: "0",
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        LOG_LEVEL: "warn",
        // The load generator registers thousands of people from one address.
        REGISTRATIONS_PER_MINUTE: "1000000",
        WORKSHOPS_PER_HOUR: "1000000",
        WS_SOCKETS_PER_TOKEN: "100000",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    port = await waitForPort(child, /localhost:(\d+)/);
  } else {
    const script = name === "hocuspocus" ? "hocuspocusServer.mjs" : "yWebsocketServer.mjs";
    fs.copyFileSync(path.join(import.meta.dirname, script), path.join(referenceDir, script));
    child = spawn(process.execPath, [script], {
      cwd: referenceDir,
      stdio: ["ignore", "pipe", "inherit"],
    });
    port = await waitForPort(child, /PORT (\d+)/);
  }
  const pid = child.pid ?? 0;
  return {
    name,
    port,
    pid,
    hocuspocus: name === "hocuspocus",
    cpuSeconds: () => procStat(pid).cpu,
    peakRssMb: () => procStat(pid).hwmKb / 1024,
    rssMb: () => procStat(pid).rssKb / 1024,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGKILL");
      }),
  };
}
