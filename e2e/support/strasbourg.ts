import fs from "node:fs";
import path from "node:path";
import type { StoredVector } from "@troc/shared";
import {
  addNote,
  createFamily,
  decodeStoredPayload,
  FAMILY_COLORS,
  MESSAGE_STORED,
  mergeStoredVector,
  moveNote,
  NOTE_COLORS,
} from "@troc/shared";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";

/** The reference workshop (a copy of `../shared/fixtures`, kept in the project). */
export interface StrasbourgFixture {
  title: string;
  prompt: string;
  families: { name: string; skills: string[] }[];
  unsorted_personal: string[];
  other_examples: string[];
}

export function loadStrasbourg(): StrasbourgFixture {
  const file = path.resolve(import.meta.dirname, "../../shared/src/test/atelier-strasbourg.json");
  return JSON.parse(fs.readFileSync(file, "utf8")) as StrasbourgFixture;
}

const PEOPLE = [
  "Léa",
  "Karim",
  "Sophie",
  "Thomas",
  "Inès",
  "Marc",
  "Julie",
  "Yann",
  "Chloé",
  "Nadia",
];

export interface Workshop {
  workshopId: string;
  joinCode: string;
  facilitatorKey: string;
}

/** POSTs JSON and reads the JSON answer; any status but 2xx throws. */
export async function post<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

function connect(wsBase: string, workshopId: string, token: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsBase, workshopId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  // Troc's "stored" message: tells when the server has made this client's writes durable.
  const stored: StoredVector = new Map();
  provider.messageHandlers[MESSAGE_STORED] = (_encoder, decoder) => {
    const vector = decodeStoredPayload(decoder);
    if (vector) mergeStoredVector(stored, vector);
  };
  const allStored = (): boolean =>
    (stored.get(doc.clientID) ?? 0) >= Y.getState(doc.store, doc.clientID);
  return { doc, provider, allStored };
}

async function until(check: () => boolean, what: string): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > 15_000) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Creates the Strasbourg workshop on a running server, as it stood after sorting: ten people
 * wrote its skills from their phones, the facilitator made the nine families and sorted all
 * but the personal skills. `sorted: false` leaves every note in the pool; `familyNotes` makes
 * the families hold that many notes, the fixture's skills written again by others.
 */
export async function seedStrasbourg(
  base: string,
  wsBase: string,
  options: { sorted: boolean; familyNotes?: number } = { sorted: true },
): Promise<Workshop> {
  const fixture = loadStrasbourg();
  const workshop = await post<Workshop>(`${base}/api/workshops`, {
    title: fixture.title,
    prompt: fixture.prompt,
  });
  const sorted = fixture.families.flatMap((f) =>
    f.skills.map((text) => ({ text, family: f.name })),
  );
  const skills = [
    ...Array.from(
      { length: options.familyNotes ?? sorted.length },
      (_, i) => sorted[i % sorted.length] ?? { text: "", family: null },
    ),
    ...fixture.unsorted_personal.map((text) => ({ text, family: null })),
  ];
  const phones = await Promise.all(
    PEOPLE.map(async (name) => {
      const p = await post<{ participantId: string; participantToken: string }>(
        `${base}/api/workshops/${workshop.workshopId}/participants`,
        { name },
      );
      return { name, ...p, ...connect(wsBase, workshop.workshopId, p.participantToken) };
    }),
  );
  await until(() => phones.every((p) => p.provider.synced), "phones synced");
  const board = connect(wsBase, workshop.workshopId, workshop.facilitatorKey);
  await until(() => board.provider.synced, "board synced");

  const ids = skills.map((skill, i) => {
    const phone = phones[i % phones.length];
    if (!phone) throw new Error("no phone");
    return addNote(phone.doc, {
      text: skill.text,
      color: NOTE_COLORS[i % NOTE_COLORS.length] ?? "yellow",
      authorId: phone.participantId,
      authorName: phone.name,
      category: skill.family === null ? "perso" : "pro",
    });
  });
  await until(() => board.doc.getMap("notes").size === skills.length, "notes on the board");
  if (options.sorted) {
    const families = new Map(
      fixture.families.map((f, i) => [
        f.name,
        createFamily(board.doc, {
          name: f.name,
          color: FAMILY_COLORS[i % FAMILY_COLORS.length] ?? "slate",
        }),
      ]),
    );
    skills.forEach((skill, i) => {
      const family = skill.family === null ? undefined : families.get(skill.family);
      const id = ids[i];
      if (family && id) moveNote(board.doc, id, family);
    });
  }
  // Let the server store the last changes before the sockets go.
  await until(() => [board, ...phones].every((c) => c.allStored()), "every change stored");
  for (const client of [board, ...phones]) {
    client.provider.destroy();
    client.doc.destroy(); // also stops the awareness timer the provider made
  }
  return workshop;
}
