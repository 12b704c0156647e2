import {
  addNote,
  createFamily,
  moveNote,
  readFamilies,
  readNotes,
  SKILLS_MAP_VERSION,
  skillsMapSchema,
} from "@troc/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer, Workshop } from "../test/harness";
import {
  connect,
  createWorkshop,
  postJson,
  registerParticipant,
  startServer,
  waitFor,
} from "../test/harness";
import { contentDisposition } from "./exportRoute";

let running: RunningServer;
let w: Workshop;
beforeAll(async () => {
  running = await startServer();
  w = await createWorkshop(running.base, { title: "Atelier Strasbourg" });
  const p = await registerParticipant(running.base, w.workshopId, "Léa");
  await registerParticipant(running.base, w.workshopId, "Zoé");
  const phone = connect(running.wsBase, w.workshopId, p.participantToken);
  const board = connect(running.wsBase, w.workshopId, w.facilitatorKey);
  await waitFor(() => phone.provider.synced && board.provider.synced);
  const id = addNote(phone.doc, {
    text: "=chercher des subventions",
    color: "green",
    authorId: p.participantId,
    authorName: "Léa",
  });
  await waitFor(() => readNotes(board.doc).length === 1);
  moveNote(board.doc, id, createFamily(board.doc, { name: "Financements", color: "amber" }));
  await waitFor(() => board.allStored(), 5000, "the board's changes stored");
  phone.provider.destroy();
  board.provider.destroy();
});
afterAll(() => running.stop());

const exportAs = (format: string, key: string | null = w.facilitatorKey) =>
  fetch(`${running.base}/api/workshops/${w.workshopId}/export?format=${format}`, {
    headers: key === null ? {} : { authorization: `Bearer ${key}` },
  });

describe("GET /api/workshops/:id/export", () => {
  it.each([
    ["no key", null],
    ["a wrong key", "not-the-key"],
  ])("answers 401 with %s", async (_case, key) => {
    const res = await exportAs("json", key);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: string }).error).toMatch(/facilitator key/);
  });

  it("answers 401 to a participant's token and for an unknown workshop", async () => {
    const p = await registerParticipant(running.base, w.workshopId, "Sam");
    expect((await exportAs("json", p.participantToken)).status).toBe(401);
    const res = await fetch(`${running.base}/api/workshops/AAAAAAAAAAAAAAAAAAAAAA/export`, {
      headers: { authorization: `Bearer ${w.facilitatorKey}` },
    });
    expect(res.status).toBe(401);
  });

  it("answers 400 for an unknown format", async () => {
    expect((await exportAs("pdf")).status).toBe(400);
  });

  it("exports JSON that validates, with registered names, as a named file", async () => {
    const res = await exportAs("json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="Atelier-Strasbourg-\d{4}-\d\d-\d\d\.json"/,
    );
    const map = skillsMapSchema.parse(await res.json());
    expect(map.schema).toBe(SKILLS_MAP_VERSION);
    expect(map.families[0]?.skills.map((s) => s.text)).toEqual(["=chercher des subventions"]);
    expect(map.people.map((p) => p.name)).toEqual(["Léa", "Sam", "Zoé"]);
  });

  it.each([
    ["csv", "text/csv; charset=utf-8", "\uFEFFFamille,"],
    ["md", "text/markdown; charset=utf-8", "# Atelier Strasbourg"],
    ["svg", "image/svg+xml; charset=utf-8", "<svg"],
  ])("exports %s", async (format, type, start) => {
    const res = await exportAs(format);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(type);
    expect(res.headers.get("content-disposition")).toContain(`.${format}"`);
    const body = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(body.startsWith(start)).toBe(true);
    if (format === "csv") expect(body).toContain("'=chercher des subventions");
  });

  it("names files safely, with the UTF-8 name alongside", () => {
    expect(contentDisposition('Troc "d\'été" / 2026', "2026-11-20", "csv")).toBe(
      "attachment; filename=\"Troc-dete-2026-2026-11-20.csv\"; filename*=UTF-8''Troc%20%22d%27%C3%A9t%C3%A9%22%20%2F%202026%202026-11-20.csv",
    );
  });
});

describe("POST /api/workshops with a skills map", () => {
  it("seeds a new workshop with the families and skills of the map", async () => {
    const map = await (await exportAs("json")).json();
    const res = await postJson(`${running.base}/api/workshops`, { from: map });
    expect(res.status).toBe(201);
    const next = (await res.json()) as Workshop;
    const board = connect(running.wsBase, next.workshopId, next.facilitatorKey);
    await waitFor(() => board.provider.synced);
    expect(readFamilies(board.doc).map((f) => f.name)).toEqual(["Financements"]);
    expect(readNotes(board.doc).map((n) => [n.text, n.authorName])).toEqual([
      ["=chercher des subventions", "Léa"],
    ]);
    expect(board.doc.getMap("meta").get("title")).toBe("Atelier Strasbourg");
    board.provider.destroy();
  });

  it("refuses a map that is not a troc.skillsmap/1 with a clear error", async () => {
    const res = await postJson(`${running.base}/api/workshops`, { from: { schema: "other/2" } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/^from\.schema: /);
  });
});
