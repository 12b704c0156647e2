// Written from the contract alone (docs/api.md, docs/protocol.md, docs/schema.md), as a third party would: HTTP with fetch, then plain Yjs maps
// over y-websocket's WebsocketProvider. No import from @troc/shared on purpose.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { RunningServer } from "./test/harness";
import { connect, startServer, waitFor } from "./test/harness";

let running: RunningServer;
beforeEach(async () => {
  running = await startServer();
});
afterEach(() => running.stop());

describe("the HTTP and WebSocket contract, from a plain Yjs client", () => {
  it("a participant's note reaches the facilitator", async () => {
    const created = await fetch(`${running.base}/api/workshops`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "Atelier Strasbourg" }),
    });
    expect(created.status).toBe(201);
    const { workshopId, joinCode, facilitatorKey } = (await created.json()) as Record<
      string,
      string
    >;

    const joined = await fetch(`${running.base}/api/join/${joinCode}`);
    expect(await joined.json()).toEqual({
      workshopId,
      title: "Atelier Strasbourg",
      prompt: "Quelles sont vos compétences ?",
    });
    const registered = await fetch(`${running.base}/api/workshops/${workshopId}/participants`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Léa" }),
    });
    expect(registered.status).toBe(201);
    const { participantId, participantToken } = (await registered.json()) as Record<string, string>;

    const facilitator = connect(running.wsBase, `${workshopId}`, `${facilitatorKey}`);
    const phone = connect(running.wsBase, `${workshopId}`, `${participantToken}`);
    // Troc's "stored" message (type 100, docs/protocol.md); a client that does not care
    // registers a no-op so y-websocket does not log it as unknown.
    for (const { provider } of [facilitator, phone]) provider.messageHandlers[100] = () => {};
    await waitFor(() => phone.provider.synced && facilitator.provider.synced, 5000, "sync");
    expect(phone.doc.getMap("meta").get("phase")).toBe("writing");

    phone.doc.transact(() => {
      const note = new Y.Map<unknown>();
      note.set("id", "note-1");
      note.set("text", "faire un prévisionnel");
      note.set("color", "yellow");
      note.set("authorId", participantId);
      note.set("authorName", "Léa");
      note.set("familyId", null);
      note.set("createdAt", Date.now());
      note.set("parts", new Y.Array());
      note.set("interested", new Y.Map());
      phone.doc.getMap("notes").set("note-1", note);
    });

    const notes = facilitator.doc.getMap<Y.Map<unknown>>("notes");
    await waitFor(() => notes.has("note-1"), 5000, "note on the board");
    expect(notes.get("note-1")?.get("text")).toBe("faire un prévisionnel");
    facilitator.provider.destroy();
    phone.provider.destroy();
  });
});
