import { cleanContact } from "@troc/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireParticipant } from "./auth";
import type { ApiDeps } from "./deps";
import { bearerSecurity, errors, workshopIdParams } from "./schemas";

const contactAnswer = z.object({
  contact: z.string().nullable().describe("An email or a phone number; null when none"),
});

/**
 * `/api/workshops/:id/contact`, for the participant who owns the token: GET reads their
 * contact details, PUT `{contact}` sets them, DELETE removes them. They live in storage, not
 * in the document, so only the facilitator's export ever shows them.
 */
export const participantRoutes =
  (deps: ApiDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const url = "/api/workshops/:workshopId/contact";
    const common = {
      params: workshopIdParams,
      security: bearerSecurity,
      response: { 200: contactAnswer, ...errors(400, 401, 413, 415) },
    };
    app.get(url, { schema: { summary: "Read my contact details", ...common } }, async (request) => {
      const participant = await requireParticipant(
        request,
        request.params.workshopId,
        deps.storage,
      );
      return { contact: await deps.storage.findContact(participant.id) };
    });
    app.put(
      url,
      {
        bodyLimit: deps.maxBodyBytes,
        schema: {
          summary: "Leave my contact details for the organisers",
          body: z.object({ contact: z.string().max(2000) }),
          ...common,
        },
      },
      async (request) => {
        const participant = await requireParticipant(
          request,
          request.params.workshopId,
          deps.storage,
        );
        const contact = cleanContact(request.body.contact);
        await deps.storage.setContact(participant.id, contact);
        return { contact };
      },
    );
    app.delete(
      url,
      { schema: { summary: "Remove my contact details", ...common } },
      async (request) => {
        const participant = await requireParticipant(
          request,
          request.params.workshopId,
          deps.storage,
        );
        await deps.storage.setContact(participant.id, null);
        return { contact: null };
      },
    );
  };
