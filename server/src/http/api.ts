import type { IncomingMessage, ServerResponse } from "node:http";
import {
  cleanText,
  cleanWorkshopInput,
  initWorkshop,
  LIMITS,
  readMeta,
  seedStepsFromSkillsMap,
  skillsMapSchema,
  TrocInputError,
} from "@troc/shared";
import * as Y from "yjs";
import { z } from "zod";
import type { KeyedRateLimiter } from "../limits/tokenBucket";
import type { RoomRegistry } from "../rooms/registry";
import {
  hashSecret,
  ID_PATTERN,
  newId,
  newJoinCode,
  newSecret,
  normalizeJoinCode,
} from "../secrets";
import type { Storage } from "../storage/storage";
import { clientAddress } from "./clientAddress";
import { handleContact } from "./contactRoute";
import { exportWorkshop } from "./exportRoute";
import { HttpError, readJsonBody, sendJson } from "./json";
import { decodePathSegment } from "./pathSegment";
import { publicBaseUrl } from "./publicUrl";

export interface ApiDeps {
  storage: Storage;
  rooms: RoomRegistry;
  maxBodyBytes: number;
  /** Largest body of `POST /api/workshops`, which may carry a skills map to import. */
  maxImportBytes: number;
  /** Join-code look-ups per client address: guessing a code must be slow. */
  joinLimiter: KeyedRateLimiter;
  /** Participant registrations per client address. */
  registrationLimiter: KeyedRateLimiter;
  /** Workshop creations per client address. */
  creationLimiter: KeyedRateLimiter;
  trustProxy: boolean;
  publicUrl: string | undefined;
}

// Lengths are checked by the shared rules (trimmed, in characters); here only the types.
const createWorkshopBody = z.object({
  title: z.string().max(2000).optional(),
  prompt: z.string().max(2000).optional(),
  /** A skills map (troc.skillsmap/1) to pick up from: its families and skills are carried over. */
  from: skillsMapSchema.optional(),
});
const participantBody = z.object({ name: z.string().max(2000) });

/** Most skills one imported map may carry: a federation's plenary, with room to spare. */
export const IMPORT_MAX_SKILLS = 20_000;

/** Lets other requests and sockets through between steps of a long piece of work. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Answers 429 with Retry-After when `limiter` has no token left for the caller's address. */
function limit(
  req: IncomingMessage,
  res: ServerResponse,
  limiter: KeyedRateLimiter,
  deps: ApiDeps,
  what: string,
): void {
  const wait = limiter.take(clientAddress(req, deps.trustProxy));
  if (wait === null) return;
  res.setHeader("retry-after", String(wait));
  throw new HttpError(429, `Too many ${what}, wait a moment`);
}

/** Handles `/api/*`; returns false for any other path. */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  deps: ApiDeps,
): Promise<boolean> {
  const url = new URL(req.url ?? "/", "http://troc.invalid");
  const parts = url.pathname.split("/").filter(Boolean);
  if (parts[0] !== "api") return false;
  try {
    await route(req, res, parts.slice(1), deps);
  } catch (error) {
    if (error instanceof HttpError) sendJson(res, error.status, { error: error.message });
    else if (error instanceof TrocInputError)
      sendJson(res, 400, { error: error.message, field: error.field });
    else throw error;
  }
  return true;
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  path: string[],
  deps: ApiDeps,
): Promise<void> {
  const method = req.method ?? "GET";
  const [first, second, third] = path;
  if (path.length === 1 && first === "config") {
    if (method !== "GET") throw new HttpError(405, "Use GET");
    return sendJson(res, 200, { publicUrl: publicBaseUrl(req, deps) });
  }
  if (path.length === 1 && first === "workshops") {
    if (method !== "POST") throw new HttpError(405, "Use POST");
    limit(req, res, deps.creationLimiter, deps, "workshops created");
    return createWorkshop(req, res, deps);
  }
  if (path.length === 2 && first === "join" && second !== undefined) {
    if (method !== "GET") throw new HttpError(405, "Use GET");
    limit(req, res, deps.joinLimiter, deps, "join attempts");
    return resolveJoinCode(res, second, deps);
  }
  if (path.length === 3 && first === "workshops" && second !== undefined && third === "contact") {
    return handleContact(req, res, second, deps);
  }
  if (path.length === 3 && first === "workshops" && second !== undefined && third === "export") {
    if (method !== "GET") throw new HttpError(405, "Use GET");
    return exportWorkshop(req, res, second, deps);
  }
  if (
    path.length === 3 &&
    first === "workshops" &&
    second !== undefined &&
    third === "participants"
  ) {
    if (method !== "POST") throw new HttpError(405, "Use POST");
    limit(req, res, deps.registrationLimiter, deps, "registrations");
    return registerParticipant(req, res, second, deps);
  }
  throw new HttpError(404, "No such API endpoint");
}

async function createWorkshop(
  req: IncomingMessage,
  res: ServerResponse,
  deps: ApiDeps,
): Promise<void> {
  const body = await readJsonBody(req, deps.maxImportBytes, createWorkshopBody);
  const doc = new Y.Doc();
  if (body.from) {
    const skills =
      body.from.unsorted.length + body.from.families.reduce((n, f) => n + f.skills.length, 0);
    if (skills > IMPORT_MAX_SKILLS) {
      throw new TrocInputError("from", `a skills map of at most ${IMPORT_MAX_SKILLS} skills`);
    }
    const title = body.title ?? (body.from.workshop.title || undefined);
    const prompt = body.prompt ?? (body.from.workshop.prompt || undefined);
    const steps = seedStepsFromSkillsMap(doc, body.from, cleanWorkshopInput({ title, prompt }));
    for (const _step of steps) await yieldToEventLoop();
  } else {
    initWorkshop(doc, cleanWorkshopInput(body));
  }
  const initialUpdate = Y.encodeStateAsUpdate(doc);
  const workshopId = newId();
  const facilitatorKey = newSecret();
  // A join code is short: retry on the rare collision with an existing workshop.
  for (let attempt = 0; attempt < 10; attempt++) {
    const joinCode = newJoinCode();
    const created = await deps.storage.createWorkshop(
      {
        id: workshopId,
        joinCode,
        facilitatorKeyHash: hashSecret(facilitatorKey),
        createdAt: Date.now(),
      },
      initialUpdate,
    );
    if (created) return sendJson(res, 201, { workshopId, joinCode, facilitatorKey });
  }
  throw new HttpError(503, "Could not find a free join code, try again");
}

async function resolveJoinCode(res: ServerResponse, rawCode: string, deps: ApiDeps): Promise<void> {
  const code = decodePathSegment(rawCode);
  const workshop =
    code === null ? null : await deps.storage.findWorkshopByJoinCode(normalizeJoinCode(code));
  if (!workshop) throw new HttpError(404, "Unknown join code");
  const meta = await deps.rooms.withRoom(workshop.id, (room) => readMeta(room.doc));
  sendJson(res, 200, {
    workshopId: workshop.id,
    title: meta?.title ?? "",
    prompt: meta?.prompt ?? "",
  });
}

async function registerParticipant(
  req: IncomingMessage,
  res: ServerResponse,
  workshopId: string,
  deps: ApiDeps,
): Promise<void> {
  if (!ID_PATTERN.test(workshopId) || !(await deps.storage.findWorkshop(workshopId))) {
    throw new HttpError(404, "Unknown workshop");
  }
  const body = await readJsonBody(req, deps.maxBodyBytes, participantBody);
  const name = cleanText("name", body.name, LIMITS.personName);
  const participantId = newId();
  const participantToken = newSecret();
  await deps.storage.addParticipant({
    id: participantId,
    workshopId,
    tokenHash: hashSecret(participantToken),
    name,
    createdAt: Date.now(),
  });
  sendJson(res, 201, { participantId, participantToken });
}
