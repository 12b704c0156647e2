import {
  cleanText,
  cleanWorkshopInput,
  initWorkshop,
  LIMITS,
  normalizeJoinCode,
  readMeta,
  seedStepsFromSkillsMap,
  skillsMapSchema,
  TrocInputError,
} from "@troc/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import * as Y from "yjs";
import { z } from "zod";
import { hashSecret, ID_PATTERN, newId, newJoinCode, newSecret } from "../secrets";
import type { ApiDeps } from "./deps";
import { limit } from "./deps";
import { HttpError } from "./json";
import { decodePathSegment } from "./pathSegment";
import { errors, workshopIdParams } from "./schemas";

/** Most skills one imported map may carry: a federation's plenary, with room to spare. */
export const IMPORT_MAX_SKILLS = 20_000;

/** Lets other requests and sockets through between steps of a long piece of work. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

// Lengths are checked by the shared rules (trimmed, in characters); here only the types.
const createBody = z.object({
  title: z.string().max(2000).optional(),
  prompt: z.string().max(2000).optional(),
  from: skillsMapSchema
    .optional()
    .describe("A skills map (troc.skillsmap/1) to pick up from: its families and skills"),
});
const created = z.object({
  workshopId: z.string(),
  joinCode: z.string().describe("Six letters and digits, what participants type"),
  facilitatorKey: z.string().describe("The board's secret: keep it in the URL fragment"),
});
const joinInfo = z.object({ workshopId: z.string(), title: z.string(), prompt: z.string() });
const participantBody = z.object({ name: z.string().max(2000) });
const registered = z.object({ participantId: z.string(), participantToken: z.string() });

/** Creating workshops, looking up join codes, registering participants. */
export const workshopRoutes =
  (deps: ApiDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      "/api/workshops",
      {
        bodyLimit: deps.maxImportBytes,
        schema: {
          summary: "Create a workshop, optionally from a skills map",
          body: createBody,
          response: { 201: created, ...errors(400, 413, 415, 429) },
        },
        // Before the body is read: a flood is refused without reading it.
        onRequest: async (request, reply) =>
          limit(request, reply, deps.creationLimiter, deps.trustProxy, "workshops created"),
      },
      async (request, reply) => {
        const body = request.body;
        const doc = new Y.Doc();
        if (body.from) {
          const skills =
            body.from.unsorted.length + body.from.families.reduce((n, f) => n + f.skills.length, 0);
          if (skills > IMPORT_MAX_SKILLS) {
            throw new TrocInputError("from", `a skills map of at most ${IMPORT_MAX_SKILLS} skills`);
          }
          const title = body.title ?? (body.from.workshop.title || undefined);
          const prompt = body.prompt ?? (body.from.workshop.prompt || undefined);
          const input = cleanWorkshopInput({ title, prompt });
          for (const _step of seedStepsFromSkillsMap(doc, body.from, input)) {
            await yieldToEventLoop();
          }
        } else {
          initWorkshop(doc, cleanWorkshopInput(body));
        }
        const initialUpdate = Y.encodeStateAsUpdate(doc);
        const workshopId = newId();
        const facilitatorKey = newSecret();
        // A join code is short: retry on the rare collision with an existing workshop.
        for (let attempt = 0; attempt < 10; attempt++) {
          const joinCode = newJoinCode();
          const record = {
            id: workshopId,
            joinCode,
            facilitatorKeyHash: hashSecret(facilitatorKey),
            createdAt: Date.now(),
          };
          if (await deps.storage.createWorkshop(record, initialUpdate)) {
            return reply.status(201).send({ workshopId, joinCode, facilitatorKey });
          }
        }
        throw new HttpError(503, "Could not find a free join code, try again");
      },
    );

    app.get(
      "/api/join/:joinCode",
      {
        schema: {
          summary: "Find a workshop by the code participants type",
          params: z.object({ joinCode: z.string().max(200) }),
          response: { 200: joinInfo, ...errors(404, 429) },
        },
        // Before the body is read: a flood is refused without reading it.
        onRequest: async (request, reply) =>
          limit(request, reply, deps.joinLimiter, deps.trustProxy, "join attempts"),
      },
      async (request) => {
        const code = decodePathSegment(request.params.joinCode);
        const workshop =
          code === null ? null : await deps.storage.findWorkshopByJoinCode(normalizeJoinCode(code));
        if (!workshop) throw new HttpError(404, "Unknown join code");
        const meta = await deps.rooms.withRoom(workshop.id, (room) => readMeta(room.doc));
        return { workshopId: workshop.id, title: meta?.title ?? "", prompt: meta?.prompt ?? "" };
      },
    );

    app.post(
      "/api/workshops/:workshopId/participants",
      {
        bodyLimit: deps.maxBodyBytes,
        schema: {
          summary: "Register a participant under a first name or pseudonym",
          params: workshopIdParams,
          body: participantBody,
          response: { 201: registered, ...errors(400, 404, 413, 415, 429) },
        },
        // Before the body is read: a flood is refused without reading it.
        onRequest: async (request, reply) =>
          limit(request, reply, deps.registrationLimiter, deps.trustProxy, "registrations"),
      },
      async (request, reply) => {
        const { workshopId } = request.params;
        if (!ID_PATTERN.test(workshopId) || !(await deps.storage.findWorkshop(workshopId))) {
          throw new HttpError(404, "Unknown workshop");
        }
        const name = cleanText("name", request.body.name, LIMITS.personName);
        const participantId = newId();
        const participantToken = newSecret();
        await deps.storage.addParticipant({
          id: participantId,
          workshopId,
          tokenHash: hashSecret(participantToken),
          name,
          createdAt: Date.now(),
        });
        return reply.status(201).send({ participantId, participantToken });
      },
    );
  };
