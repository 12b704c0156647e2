// A light load generator for WebSocket relays speaking y-protocols: raw sockets that never
// build a Y.Doc (they scan each frame for note ids), and writers that send real schema-v1
// notes, each id carrying the moment it was written.
import { addNote } from "@troc/shared";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { WebSocket } from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { post } from "../../e2e/support/strasbourg";
import type { RunningTarget } from "./targets";

export interface Scenario {
  name: string;
  rooms: number;
  socketsPerRoom: number;
  /** Writers per room (they listen too). */
  writersPerRoom: number;
  /** Notes per second, over all rooms. */
  notesPerSecond: number;
  seconds: number;
  /** How long to wait for the last deliveries after the last send (default 5 s). */
  drainMs?: number;
}

export interface ScenarioResult {
  p50: number;
  p99: number;
  max: number;
  delivered: number;
  expected: number;
  cpuSeconds: number;
  peakRssMb: number;
  /** Resident memory the idle sockets added, per socket, in KB. */
  kbPerIdleSocket: number;
}

/** One room's address and the tokens its sockets use (Troc needs real identities). */
interface RoomPlan {
  url: (i: number) => string;
  docName: string;
  /** The participantId and name of socket i (Troc's admission checks both). */
  author: (i: number) => { id: string; name: string };
}

const NOTE_ID = /n:(\d+\.\d+):\d+:\d+/g;

function frame(target: RunningTarget, docName: string, write: (e: encoding.Encoder) => void) {
  const encoder = encoding.createEncoder();
  if (target.hocuspocus) encoding.writeVarString(encoder, docName);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

const syncStep1 = (target: RunningTarget, docName: string) =>
  frame(target, docName, (e) => {
    encoding.writeVarUint(e, 0);
    syncProtocol.writeSyncStep1(e, new Y.Doc());
  });

const updateFrame = (target: RunningTarget, docName: string, update: Uint8Array) =>
  frame(target, docName, (e) => {
    encoding.writeVarUint(e, 0);
    syncProtocol.writeUpdate(e, update);
  });

/** Hocuspocus answers nothing before an authentication message, even an empty one. */
const hocuspocusAuth = (docName: string) => {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, docName);
  encoding.writeVarUint(e, 2); // Auth
  encoding.writeVarUint(e, 0); // a token
  encoding.writeVarString(e, "");
  return encoding.toUint8Array(e);
};

/** True for a sync step 2 (the answer to our step 1), in either framing. */
function isSyncStep2(target: RunningTarget, data: Buffer): boolean {
  const decoder = decoding.createDecoder(new Uint8Array(data));
  if (target.hocuspocus) decoding.readVarString(decoder);
  return decoding.readVarUint(decoder) === 0 && decoding.readVarUint(decoder) === 1;
}

/** Creates the rooms: Troc workshops with a registered participant per socket. */
async function planRooms(
  target: RunningTarget,
  rooms: number,
  sockets: number,
): Promise<RoomPlan[]> {
  const base = `http://127.0.0.1:${target.port}`;
  const plans: RoomPlan[] = [];
  for (let r = 0; r < rooms; r++) {
    if (target.name !== "troc") {
      const docName = `bench-${r}-${Math.random().toString(36).slice(2)}`;
      plans.push({
        docName,
        url: () =>
          target.hocuspocus
            ? `ws://127.0.0.1:${target.port}`
            : `ws://127.0.0.1:${target.port}/${docName}`,
        author: (i) => ({ id: `p${i}`, name: `P${i}` }),
      });
      continue;
    }
    const w = await post<{ workshopId: string; facilitatorKey: string }>(
      `${base}/api/workshops`,
      {},
    );
    const people: { participantId: string; participantToken: string }[] = [];
    for (let i = 0; i < sockets; i++) {
      people.push(
        await post(`${base}/api/workshops/${w.workshopId}/participants`, { name: `P${i}` }),
      );
    }
    plans.push({
      docName: w.workshopId,
      url: (i) =>
        `ws://127.0.0.1:${target.port}/ws/${w.workshopId}?token=${people[i]?.participantToken}`,
      author: (i) => ({ id: people[i]?.participantId ?? "", name: `P${i}` }),
    });
  }
  return plans;
}

interface Client {
  socket: WebSocket;
  synced: Promise<void>;
  seen: Set<string>;
}

/** Opens a socket, sends the handshake, and records what it receives in `latencies`. */
function openClient(
  target: RunningTarget,
  url: string,
  docName: string,
  latencies: number[],
): Promise<Client> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.binaryType = "nodebuffer";
    const seen = new Set<string>();
    let markSynced: () => void = () => {};
    const synced = new Promise<void>((r) => {
      markSynced = r;
    });
    let isSynced = false;
    socket.on("message", (data: Buffer) => {
      const now = performance.now();
      if (!isSynced && isSyncStep2(target, data)) {
        isSynced = true;
        markSynced();
      }
      if (data.indexOf("n:") < 0) return;
      for (const match of data.toString("latin1").matchAll(NOTE_ID)) {
        if (seen.has(match[0])) continue;
        seen.add(match[0]);
        if (isSynced) latencies.push(now - Number(match[1]));
      }
    });
    socket.once("error", reject);
    socket.once("open", () => {
      if (target.hocuspocus) socket.send(hocuspocusAuth(docName));
      socket.send(syncStep1(target, docName));
      resolve({ socket, synced, seen });
    });
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN);

/** Runs one scenario against a freshly started target. */
export async function runScenario(
  target: RunningTarget,
  scenario: Scenario,
): Promise<ScenarioResult> {
  const plans = await planRooms(target, scenario.rooms, scenario.socketsPerRoom);
  const latencies: number[] = [];
  const rssBefore = target.rssMb();
  const clients: Client[][] = [];
  for (const plan of plans) {
    const room: Client[] = [];
    for (let i = 0; i < scenario.socketsPerRoom; i++) {
      room.push(await openClient(target, plan.url(i), plan.docName, latencies));
    }
    clients.push(room);
  }
  await Promise.all(clients.flat().map((c) => c.synced));
  const totalSockets = scenario.rooms * scenario.socketsPerRoom;
  const kbPerIdleSocket = ((target.rssMb() - rssBefore) * 1024) / totalSockets;

  // Writers: a document each (its own Yjs client), notes at a fixed total rate.
  const writers = plans.flatMap((plan, r) =>
    Array.from({ length: scenario.writersPerRoom }, (_, w) => ({
      plan,
      client: clients[r]?.[w] as Client,
      doc: new Y.Doc(),
      author: plan.author(w),
      written: 0,
    })),
  );
  const cpuBefore = target.cpuSeconds();
  let sent = 0;
  const started = performance.now();
  const total = Math.round(scenario.notesPerSecond * scenario.seconds);
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const due = Math.min(
        total,
        Math.floor(((performance.now() - started) / 1000) * scenario.notesPerSecond),
      );
      while (sent < due) {
        const writer = writers[sent % writers.length];
        if (!writer) break;
        const before = Y.encodeStateVector(writer.doc);
        const id = `n:${performance.now().toFixed(3)}:${sent % writers.length}:${writer.written++}`;
        addNote(
          writer.doc,
          {
            text: `compétence ${id}`,
            color: "yellow",
            authorId: writer.author.id,
            authorName: writer.author.name,
          },
          { id },
        );
        writer.client.seen.add(id); // its own note is not a delivery
        writer.client.socket.send(
          updateFrame(target, writer.plan.docName, Y.encodeStateAsUpdate(writer.doc, before)),
        );
        sent++;
      }
      if (sent >= total) {
        clearInterval(tick);
        resolve();
      }
    }, 5);
  });
  // Let the last notes arrive, then count.
  const expected = sent * (scenario.socketsPerRoom - 1);
  const deadline = performance.now() + (scenario.drainMs ?? 5000);
  while (latencies.length < expected && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
  }
  const cpuSeconds = target.cpuSeconds() - cpuBefore;
  for (const client of clients.flat()) client.socket.terminate();
  const sorted = latencies.sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    delivered: latencies.length,
    expected,
    cpuSeconds,
    peakRssMb: target.peakRssMb(),
    kbPerIdleSocket,
  };
}

/**
 * A room that already holds `notes` notes, joined by `sockets` sockets at once: the time
 * until every one of them has its sync answer, in ms.
 */
export async function runJoin(
  target: RunningTarget,
  notes: number,
  sockets: number,
): Promise<number> {
  const base = `http://127.0.0.1:${target.port}`;
  let plan: RoomPlan;
  let url: string;
  let author: { id: string; name: string };
  if (target.name === "troc") {
    // The notes are the facilitator's (a participant may hold 200); the joiners are phones.
    const w = await post<{ workshopId: string; facilitatorKey: string }>(
      `${base}/api/workshops`,
      {},
    );
    const people: { participantToken: string }[] = [];
    for (let i = 0; i < sockets; i++) {
      people.push(
        await post(`${base}/api/workshops/${w.workshopId}/participants`, { name: `P${i}` }),
      );
    }
    plan = {
      docName: w.workshopId,
      url: (i) =>
        `ws://127.0.0.1:${target.port}/ws/${w.workshopId}?token=${people[i]?.participantToken}`,
      author: () => ({ id: "facilitator", name: "Anim" }),
    };
    url = `ws://127.0.0.1:${target.port}/ws/${w.workshopId}?token=${w.facilitatorKey}`;
    author = plan.author(0);
  } else {
    const [only] = await planRooms(target, 1, sockets);
    if (!only) throw new Error("no room");
    plan = only;
    url = plan.url(0);
    author = plan.author(0);
  }
  const writer = await openClient(target, url, plan.docName, []);
  await writer.synced;
  const doc = new Y.Doc();
  for (let batch = 0; batch < notes / 100; batch++) {
    const before = Y.encodeStateVector(doc);
    for (let i = 0; i < 100; i++) {
      addNote(doc, {
        text: `compétence ${batch}-${i}`,
        color: "blue",
        authorId: author.id,
        authorName: author.name,
      });
    }
    writer.socket.send(updateFrame(target, plan.docName, Y.encodeStateAsUpdate(doc, before)));
  }
  // The notes are in once a fresh socket's sync answer carries the last one.
  const probeText = `compétence ${notes / 100 - 1}-99`;
  for (let tries = 0; tries < 100; tries++) {
    const probe = new WebSocket(plan.url(0));
    const holds = await new Promise<boolean>((resolve) => {
      probe.on("message", (data: Buffer) => {
        if (isSyncStep2(target, data)) resolve(data.includes(Buffer.from(probeText)));
      });
      probe.once("open", () => {
        if (target.hocuspocus) probe.send(hocuspocusAuth(plan.docName));
        probe.send(syncStep1(target, plan.docName));
      });
    });
    probe.terminate();
    if (holds) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const started = performance.now();
  const joined = await Promise.all(
    Array.from({ length: sockets }, (_, i) => openClient(target, plan.url(i), plan.docName, [])),
  );
  await Promise.all(joined.map((c) => c.synced));
  const elapsed = performance.now() - started;
  for (const c of [...joined, writer]) c.socket.terminate();
  return elapsed;
}
