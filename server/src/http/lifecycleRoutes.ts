import {
  erasedSchema,
  myDataSchema,
  privacySchema,
  readMeta,
  readParticipantData,
  workshopDetailsSchema,
} from "@troc/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { retentionDates } from "../retention";
import { requireFacilitator, requireParticipant } from "./auth";
import type { ApiDeps } from "./deps";
import { bearerSecurity, errors, workshopIdParams } from "./schemas";

/** A workshop's life and its participants' rights: details, deletion, access, erasure. */
export const lifecycleRoutes =
  (deps: ApiDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const workshopUrl = "/api/workshops/:workshopId";
    app.get(
      workshopUrl,
      {
        schema: {
          summary: "The workshop's details, for its facilitators (join code, retention dates)",
          params: workshopIdParams,
          security: bearerSecurity,
          response: { 200: workshopDetailsSchema, ...errors(401) },
        },
      },
      async (request, reply) => {
        const workshop = await requireFacilitator(
          request,
          reply,
          request.params.workshopId,
          deps.storage,
        );
        const lastActivityAt = (await deps.storage.lastActivity(workshop.id)) ?? workshop.createdAt;
        const { contactsUntil, workshopUntil } = retentionDates(lastActivityAt, deps.retention);
        const meta = await deps.rooms.withRoom(workshop.id, (room) => readMeta(room.doc));
        return {
          workshopId: workshop.id,
          joinCode: workshop.joinCode,
          role: workshop.role,
          title: meta?.title ?? "",
          createdAt: workshop.createdAt,
          lastActivityAt,
          contactsKeptUntil: contactsUntil,
          keptUntil: workshopUntil,
        };
      },
    );

    app.delete(
      workshopUrl,
      {
        schema: {
          summary: "Delete the workshop and everything about it; open sockets close with 4410",
          params: workshopIdParams,
          security: bearerSecurity,
          response: { 200: z.object({ deleted: z.literal(true) }), ...errors(401, 403) },
        },
      },
      async (request, reply) => {
        const workshop = await requireFacilitator(
          request,
          reply,
          request.params.workshopId,
          deps.storage,
          { owner: true },
        );
        await deps.lifecycle.deleteWorkshop(workshop.id, "facilitator");
        return { deleted: true as const };
      },
    );

    const meUrl = "/api/workshops/:workshopId/me";
    app.get(
      meUrl,
      {
        schema: {
          summary: "Everything stored about me in this workshop",
          params: workshopIdParams,
          security: bearerSecurity,
          response: { 200: myDataSchema, ...errors(401) },
        },
      },
      async (request) => {
        const { workshopId } = request.params;
        const me = await requireParticipant(request, workshopId, deps.storage);
        const board = await deps.rooms.withRoom(workshopId, (room) =>
          readParticipantData(room.doc, me.id),
        );
        const lastActivity = (await deps.storage.lastActivity(workshopId)) ?? me.createdAt;
        return {
          participantId: me.id,
          name: me.name,
          registeredAt: me.createdAt,
          ...board,
          contact: await deps.storage.findContact(me.id),
          keptUntil: retentionDates(lastActivity, deps.retention).workshopUntil,
        };
      },
    );

    app.delete(
      meUrl,
      {
        schema: {
          summary: "Erase me: my notes, my interest marks, my contact and my identity here",
          params: workshopIdParams,
          security: bearerSecurity,
          response: {
            200: erasedSchema,
            ...errors(401),
          },
        },
      },
      async (request) => {
        const { workshopId } = request.params;
        const me = await requireParticipant(request, workshopId, deps.storage);
        return { erased: await deps.lifecycle.eraseParticipant(workshopId, me.id) };
      },
    );

    app.get(
      "/api/privacy",
      {
        schema: {
          summary: "What this server keeps, and for how long (for the privacy page)",
          response: { 200: privacySchema },
        },
      },
      async () => ({
        contactRetentionDays: deps.retention.contactDays,
        workshopRetentionDays: deps.retention.workshopDays,
      }),
    );
  };
