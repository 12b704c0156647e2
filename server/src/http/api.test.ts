import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../test/harness";
import { createWorkshop, postJson, startServer } from "../test/harness";

let running: RunningServer;
beforeAll(async () => {
  running = await startServer({ MAX_BODY_BYTES: "1024", IMPORT_MAX_BYTES: "2048" });
});
afterAll(() => running.stop());

const post = (path: string, body: unknown) => postJson(`${running.base}${path}`, body);

describe("POST /api/workshops", () => {
  it("creates a workshop with long random secrets and a short join code", async () => {
    const res = await post("/api/workshops", {
      title: "Atelier",
      prompt: "Que savez-vous faire ?",
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, string>;
    expect(body.workshopId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(body.facilitatorKey).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    expect(body.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
  });

  it.each([
    ["bad JSON", "{title:", 400, "Body is not valid JSON"],
    ["a title of the wrong type", { title: 12 }, 400, "title"],
    ["an empty title", { title: "  " }, 400, "title must not be empty"],
    ["a title over 120 characters", { title: "x".repeat(121) }, 400, "at most 120"],
    ["a body over the size cap", { title: "x".repeat(3000) }, 413, "larger than 2048"],
  ])("answers %s with a clear error", async (_case, body, status, error) => {
    const res = await fetch(`${running.base}/api/workshops`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).toContain(error);
  });
});

describe("GET /api/join/:joinCode", () => {
  it("resolves a code typed in lower case with a dash", async () => {
    const w = await createWorkshop(running.base, { title: "Troc du jeudi" });
    const typed = `${w.joinCode.slice(0, 3).toLowerCase()}-${w.joinCode.slice(3)}`;
    const res = await fetch(`${running.base}/api/join/${typed}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      workshopId: w.workshopId,
      title: "Troc du jeudi",
      prompt: "Quelles sont vos compétences ?",
    });
  });

  it("answers 404 for a code with broken percent-encoding", async () => {
    const res = await fetch(`${running.base}/api/join/%E0%A4`);
    expect(res.status).toBe(404);
  });

  it("answers 404 for an unknown code", async () => {
    const res = await fetch(`${running.base}/api/join/ZZZZZZ`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "Unknown join code" });
  });
});

describe("POST /api/workshops/:id/participants", () => {
  it("registers a participant with a long random token", async () => {
    const w = await createWorkshop(running.base);
    const res = await post(`/api/workshops/${w.workshopId}/participants`, { name: " Léa " });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, string>;
    expect(body.participantId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(body.participantToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it.each([
    ["a missing name", {}, 400],
    ["an empty name", { name: "   " }, 400],
    ["a name over 40 characters", { name: "n".repeat(41) }, 400],
  ])("refuses %s", async (_case, body, status) => {
    const w = await createWorkshop(running.base);
    const res = await post(`/api/workshops/${w.workshopId}/participants`, body);
    expect(res.status).toBe(status);
    expect(await res.json()).toHaveProperty("error");
  });

  it("answers 404 for an unknown workshop", async () => {
    const res = await post("/api/workshops/AAAAAAAAAAAAAAAAAAAAAA/participants", { name: "Léa" });
    expect(res.status).toBe(404);
  });
});

describe("other routes", () => {
  it("answers /healthz and 404s unknown API paths as JSON", async () => {
    expect(await (await fetch(`${running.base}/healthz`)).json()).toEqual({ ok: true });
    const res = await fetch(`${running.base}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "No such API endpoint" });
  });
});

describe("GET /api/config", () => {
  it("tells the client where join links should point", async () => {
    const res = await fetch(`${running.base}/api/config`);
    expect(res.status).toBe(200);
    const { publicUrl } = (await res.json()) as { publicUrl: string };
    expect(publicUrl).toMatch(/^http:\/\/[^/]+:\d+$/);
    expect(publicUrl.endsWith(`:${new URL(running.base).port}`)).toBe(true);
  });
});
