// A third-party client written only from DESIGN.md's contract: plain yjs and y-websocket,
// no Troc code. Creates a workshop, joins as a participant, adds a note from the "phone",
// and waits until the "board" (connected with the facilitator key) sees it.
//
//   node examples/plain-client.mjs [http://localhost:8080]
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";

const base = (process.argv[2] ?? "http://localhost:8080").replace(/\/+$/, "");
const wsBase = `${base.replace(/^http/, "ws")}/ws`;

async function post(path, body) {
  const res = await fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

function connect(workshopId, token) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsBase, workshopId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket,
  });
  provider.messageHandlers[100] = () => {}; // Troc's "stored" message (docs/protocol.md)
  return { doc, provider };
}

const { workshopId, joinCode, facilitatorKey } = await post("/api/workshops", { title: "Script" });
const { participantId, participantToken } = await post(
  `/api/workshops/${workshopId}/participants`,
  {
    name: "Script",
  },
);
console.log(`workshop ${workshopId}, join code ${joinCode}`);

const board = connect(workshopId, facilitatorKey);
const phone = connect(workshopId, participantToken);
await new Promise((resolve) => phone.provider.once("sync", resolve));

const id = `note-${Date.now()}`;
phone.doc.transact(() => {
  const note = new Y.Map();
  for (const [key, value] of Object.entries({
    id,
    text: "écrire un client Yjs",
    color: "yellow",
    authorId: participantId,
    authorName: "Script",
    familyId: null,
    createdAt: Date.now(),
  })) {
    note.set(key, value);
  }
  note.set("parts", new Y.Array());
  note.set("interested", new Y.Map());
  phone.doc.getMap("notes").set(id, note);
});

const notes = board.doc.getMap("notes");
await new Promise((resolve) => {
  const check = () => notes.has(id) && resolve();
  notes.observe(check);
  check();
});
console.log(`the board sees: ${notes.get(id).get("text")}`);
for (const client of [board, phone]) {
  client.provider.destroy();
  client.doc.destroy();
}
