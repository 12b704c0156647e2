import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { addNote, readNotes } from "@troc/shared";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { connect, createWorkshop, registerParticipant, waitFor } from "./test/harness";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

/** Runs `npx tsx server/src/main.ts` as a real process and resolves once it listens. */
async function startProcess(
  dataDir: string,
): Promise<{ child: ChildProcess; base: string; wsBase: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], {
    cwd: repoRoot,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /"port":(\d+)/.exec(out);
      if (match?.[1]) resolve(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`server exited early with ${code}: ${out}`)));
  });
  return { child, base: `http://127.0.0.1:${port}`, wsBase: `ws://127.0.0.1:${port}/ws` };
}

const exitOf = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );

describe("the server process", () => {
  it("keeps every note any client has seen through kill -9", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "troc-kill-"));
    const first = await startProcess(dataDir);
    const w = await createWorkshop(first.base);
    const p = await registerParticipant(first.base, w.workshopId, "Léa");
    const phone = connect(first.wsBase, w.workshopId, p.participantToken);
    const board = connect(first.wsBase, w.workshopId, w.facilitatorKey);
    await waitFor(() => phone.provider.synced && board.provider.synced, 10_000);
    const skills = ["chanter", "faire de la sangria", "faire du yoga"];
    for (const text of skills) {
      addNote(phone.doc, { text, color: "pink", authorId: p.participantId, authorName: "Léa" });
    }
    await waitFor(() => readNotes(board.doc).length === 3, 10_000, "notes on the board");
    phone.provider.destroy();
    board.provider.destroy();

    const exited = exitOf(first.child);
    first.child.kill("SIGKILL");
    expect((await exited).signal).toBe("SIGKILL");

    const second = await startProcess(dataDir);
    const after = connect(second.wsBase, w.workshopId, w.facilitatorKey);
    await waitFor(() => after.provider.synced, 10_000);
    expect(readNotes(after.doc).map((n) => n.text)).toEqual(skills);
    after.provider.destroy();
  });

  it("on SIGTERM closes sockets with 1001 and exits 0", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "troc-term-"));
    const server = await startProcess(dataDir);
    const w = await createWorkshop(server.base);
    const socket = new WebSocket(`${server.wsBase}/${w.workshopId}?token=${w.facilitatorKey}`);
    await new Promise((resolve) => socket.once("message", resolve));
    const closed = new Promise<number>((resolve) => socket.once("close", resolve));
    const exited = exitOf(server.child);
    server.child.kill("SIGTERM");
    expect(await closed).toBe(1001);
    expect(await exited).toEqual({ code: 0, signal: null });
  });
});
