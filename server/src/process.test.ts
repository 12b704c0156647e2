import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { addNote, readNotes } from "@troc/shared";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { connect, createWorkshop, registerParticipant, waitFor } from "./test/harness";
import type { ServerProcess } from "./test/serverProcess";
import { startServerProcess } from "./test/serverProcess";

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

async function startProcess(dataDir: string): Promise<ServerProcess> {
  const server = await startServerProcess(dataDir);
  children.push(server.child);
  return server;
}

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

    first.child.kill("SIGKILL");
    expect((await first.exited).signal).toBe("SIGKILL");

    const second = await startProcess(dataDir);
    const after = connect(second.wsBase, w.workshopId, w.facilitatorKey);
    await waitFor(() => after.provider.synced, 10_000);
    expect(
      readNotes(after.doc)
        .map((n) => n.text)
        .sort(),
    ).toEqual([...skills].sort());
    after.provider.destroy();
  });

  it("on SIGTERM closes sockets with 1001 and exits 0", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "troc-term-"));
    const server = await startProcess(dataDir);
    const w = await createWorkshop(server.base);
    const socket = new WebSocket(`${server.wsBase}/${w.workshopId}?token=${w.facilitatorKey}`);
    await new Promise((resolve) => socket.once("message", resolve));
    const closed = new Promise<number>((resolve) => socket.once("close", resolve));
    server.child.kill("SIGTERM");
    expect(await closed).toBe(1001);
    expect(await server.exited).toEqual({ code: 0, signal: null });
  });
});
