import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { CLOSE } from "../rooms/connection";
import { hashSecret, newId, newSecret } from "../secrets";
import { requireFacilitator } from "./auth";
import type { ApiDeps } from "./deps";
import { HttpError } from "./json";
import { bearerSecurity, errors, workshopIdParams } from "./schemas";

/** More links than a team of facilitators needs: past it, revoke some first. */
export const MAX_COFACILITATOR_LINKS = 20;

const link = z.object({ id: z.string(), createdAt: z.number().describe("ms since the epoch") });
const createdLink = link.extend({
  key: z.string().describe("The link's secret: facilitator rights on the board until revoked"),
});

/**
 * Co-facilitator links: facilitator rights on the board for a second device, each with its
 * own key, which the workshop's own key can revoke (its sockets close with 4401).
 */
export const cofacilitatorRoutes =
  (deps: ApiDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const url = "/api/workshops/:workshopId/cofacilitators";
    const owner = { owner: true };
    app.post(
      url,
      {
        schema: {
          summary: "Make a co-facilitator link's key (the workshop's own key only)",
          params: workshopIdParams,
          security: bearerSecurity,
          response: { 201: createdLink, ...errors(401, 403, 409) },
        },
      },
      async (request, reply) => {
        const { workshopId } = request.params;
        const workshop = await requireFacilitator(request, reply, workshopId, deps.storage, owner);
        const key = newSecret();
        const record = {
          id: newId(),
          workshopId: workshop.id,
          keyHash: hashSecret(key),
          createdAt: Date.now(),
        };
        if (!(await deps.storage.addCofacilitatorKey(record, MAX_COFACILITATOR_LINKS)))
          throw new HttpError(409, `At most ${MAX_COFACILITATOR_LINKS} links: revoke one first`);
        return reply.status(201).send({ id: record.id, createdAt: record.createdAt, key });
      },
    );
    app.get(
      url,
      {
        schema: {
          summary: "The workshop's co-facilitator links, oldest first (never their keys)",
          params: workshopIdParams,
          security: bearerSecurity,
          response: { 200: z.object({ links: z.array(link) }), ...errors(401, 403) },
        },
      },
      async (request, reply) => {
        const { workshopId } = request.params;
        const workshop = await requireFacilitator(request, reply, workshopId, deps.storage, owner);
        const keys = await deps.storage.listCofacilitatorKeys(workshop.id);
        return { links: keys.map(({ id, createdAt }) => ({ id, createdAt })) };
      },
    );
    app.delete(
      `${url}/:linkId`,
      {
        schema: {
          summary: "Revoke a co-facilitator link: its key stops working, its sockets close (4401)",
          params: workshopIdParams.extend({ linkId: z.string().max(200) }),
          security: bearerSecurity,
          response: { 200: z.object({ revoked: z.literal(true) }), ...errors(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const { workshopId, linkId } = request.params;
        const workshop = await requireFacilitator(request, reply, workshopId, deps.storage, owner);
        const revoked = await deps.storage.deleteCofacilitatorKey(workshop.id, linkId);
        if (!revoked) throw new HttpError(404, "No such co-facilitator link");
        deps.sockets.closeAll(revoked.keyHash, CLOSE.badToken, "co-facilitator link revoked");
        return { revoked: true as const };
      },
    );
  };
