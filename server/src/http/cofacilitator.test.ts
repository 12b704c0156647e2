import { createFamily, readFamilies } from "@troc/shared";
import { afterEach, describe, expect, it } from "vitest";
import type { RunningServer } from "../test/harness";
import {
  closeCodeOf,
  connect,
  createWorkshop,
  registerParticipant,
  startServer,
  waitFor,
} from "../test/harness";
import { MAX_COFACILITATOR_LINKS } from "./cofacilitatorRoutes";

const servers: RunningServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

async function newLink(s: RunningServer, workshopId: string, key: string) {
  const res = await fetch(`${s.base}/api/workshops/${workshopId}/cofacilitators`, {
    method: "POST",
    headers: bearer(key),
  });
  return { status: res.status, body: (await res.json()) as { id: string; key: string } };
}

describe("co-facilitator links", () => {
  it("give a second device the board until the facilitator revokes them", async () => {
    const s = await startServer();
    servers.push(s);
    const w = await createWorkshop(s.base);
    const url = `${s.base}/api/workshops/${w.workshopId}`;
    const { status, body: link } = await newLink(s, w.workshopId, w.facilitatorKey);
    expect(status).toBe(201);
    expect(link.key).not.toBe(w.facilitatorKey);

    // The link's key works on the board (a family made from it reaches the owner's board)…
    const owner = connect(s.wsBase, w.workshopId, w.facilitatorKey);
    const tablet = connect(s.wsBase, w.workshopId, link.key);
    await waitFor(() => owner.provider.synced && tablet.provider.synced);
    createFamily(tablet.doc, { name: "Financements", color: "teal" });
    await waitFor(() => readFamilies(owner.doc).length === 1, 5000, "family relayed");
    // … and for the workshop's details, which say whose key it is…
    const details = await fetch(url, { headers: bearer(link.key) });
    expect(details.status).toBe(200);
    expect(((await details.json()) as { role: string }).role).toBe("cofacilitator");
    // … but not to share further, to revoke, or to delete the workshop.
    expect((await newLink(s, w.workshopId, link.key)).status).toBe(403);
    expect((await fetch(url, { method: "DELETE", headers: bearer(link.key) })).status).toBe(403);
    // Nor on another workshop.
    const other = await createWorkshop(s.base);
    expect(
      (await fetch(`${s.base}/api/workshops/${other.workshopId}`, { headers: bearer(link.key) }))
        .status,
    ).toBe(401);
    expect(
      await closeCodeOf(`${s.wsBase}/${other.workshopId}?token=${encodeURIComponent(link.key)}`),
    ).toBe(4401);
    const lea = await registerParticipant(s.base, w.workshopId, "Léa");
    expect((await newLink(s, w.workshopId, lea.participantToken)).status).toBe(401);

    const list = await fetch(`${url}/cofacilitators`, { headers: bearer(w.facilitatorKey) });
    expect(((await list.json()) as { links: { id: string }[] }).links.map((l) => l.id)).toEqual([
      link.id,
    ]);

    const closes: number[] = [];
    tablet.provider.on("connection-close", (e) => e && closes.push(e.code));
    const revoke = (id: string) =>
      fetch(`${url}/cofacilitators/${id}`, { method: "DELETE", headers: bearer(w.facilitatorKey) });
    expect((await revoke(link.id)).status).toBe(200);
    await waitFor(() => closes.length > 0, 5000, "tablet closed");
    expect(closes[0]).toBe(4401);
    tablet.provider.destroy();
    expect((await revoke(link.id)).status).toBe(404);
    expect((await fetch(url, { headers: bearer(link.key) })).status).toBe(401);
    const ws = `${s.wsBase}/${w.workshopId}?token=${encodeURIComponent(link.key)}`;
    expect(await closeCodeOf(ws)).toBe(4401);
    // The owner's board never noticed.
    expect(owner.provider.wsconnected).toBe(true);
    owner.provider.destroy();
  });

  it(`holds at most ${MAX_COFACILITATOR_LINKS} links per workshop`, async () => {
    const s = await startServer();
    servers.push(s);
    const w = await createWorkshop(s.base);
    for (let i = 0; i < MAX_COFACILITATOR_LINKS; i++)
      expect((await newLink(s, w.workshopId, w.facilitatorKey)).status).toBe(201);
    expect((await newLink(s, w.workshopId, w.facilitatorKey)).status).toBe(409);
  });
});
