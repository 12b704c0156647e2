import { readNotes, skillsMapSchema } from "@troc/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer, Workshop } from "../test/harness";
import {
  connect,
  createWorkshop,
  registerParticipant,
  startServer,
  waitFor,
} from "../test/harness";

let running: RunningServer;
let w: Workshop;
let lea: { participantId: string; participantToken: string };
let zoe: { participantId: string; participantToken: string };
beforeAll(async () => {
  running = await startServer();
  w = await createWorkshop(running.base, { title: "Atelier Strasbourg" });
  lea = await registerParticipant(running.base, w.workshopId, "Léa");
  zoe = await registerParticipant(running.base, w.workshopId, "Zoé");
});
afterAll(() => running.stop());

const contactUrl = (workshopId = w.workshopId) =>
  `${running.base}/api/workshops/${workshopId}/contact`;

function call(method: string, token: string | null, body?: string, workshopId?: string) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  return fetch(contactUrl(workshopId), {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
}
const put = (token: string, contact: unknown) => call("PUT", token, JSON.stringify({ contact }));

async function exportedPeople() {
  const res = await fetch(`${running.base}/api/workshops/${w.workshopId}/export?format=json`, {
    headers: { authorization: `Bearer ${w.facilitatorKey}` },
  });
  return skillsMapSchema.parse(await res.json()).people;
}

describe("/api/workshops/:id/contact", () => {
  it("keeps a participant's contact, gives it back to them and to the facilitator's export only", async () => {
    expect(await (await call("GET", lea.participantToken)).json()).toEqual({ contact: null });
    const res = await put(lea.participantToken, "  lea@asso.fr ");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ contact: "lea@asso.fr" });
    expect(await (await call("GET", lea.participantToken)).json()).toEqual({
      contact: "lea@asso.fr",
    });
    expect(await (await call("GET", zoe.participantToken)).json()).toEqual({ contact: null });

    const people = await exportedPeople();
    expect(people.find((p) => p.name === "Léa")?.contact).toBe("lea@asso.fr");
    expect(people.find((p) => p.name === "Zoé")?.contact).toBeUndefined();
  });

  it("never puts the contact in the document other phones receive", async () => {
    await put(lea.participantToken, "06 12 34 56 78");
    const phone = connect(running.wsBase, w.workshopId, zoe.participantToken);
    try {
      await waitFor(() => phone.provider.synced);
      expect(readNotes(phone.doc)).toEqual([]);
      expect(JSON.stringify(phone.doc.toJSON())).not.toContain("06 12 34 56 78");
    } finally {
      phone.provider.destroy();
      phone.doc.destroy();
    }
  });

  it("removes it with DELETE", async () => {
    await put(zoe.participantToken, "zoe@exemple.org");
    const res = await call("DELETE", zoe.participantToken);
    expect(await res.json()).toEqual({ contact: null });
    expect((await exportedPeople()).find((p) => p.name === "Zoé")?.contact).toBeUndefined();
  });

  it.each([
    ["no token", null],
    ["a wrong token", "not-a-token"],
    ["the facilitator key", "facilitator"],
  ])("answers 401 with %s", async (_case, token) => {
    const res = await call("GET", token === "facilitator" ? w.facilitatorKey : token);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: string }).error).toMatch(/participant token/);
  });

  it("answers 401 for a token of another workshop", async () => {
    const other = await createWorkshop(running.base, {});
    const res = await call("GET", lea.participantToken, undefined, other.workshopId);
    expect(res.status).toBe(401);
  });

  it("refuses what is neither an email nor a phone, keeping what was there", async () => {
    await put(lea.participantToken, "lea@asso.fr");
    const res = await put(lea.participantToken, "Léa");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field: "contact" });
    expect(await (await call("GET", lea.participantToken)).json()).toEqual({
      contact: "lea@asso.fr",
    });
  });

  it.each([
    ["bad JSON", "{nope", 400],
    ["a number", JSON.stringify({ contact: 42 }), 400],
    ["an oversize body", JSON.stringify({ contact: "x".repeat(100_000) }), 413],
  ])("refuses %s", async (_case, body, status) => {
    expect((await call("PUT", lea.participantToken, body)).status).toBe(status);
  });

  it("answers 405 to other methods", async () => {
    expect((await call("POST", lea.participantToken, "{}")).status).toBe(405);
  });
});
