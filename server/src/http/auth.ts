import type { FastifyReply, FastifyRequest } from "fastify";
import { facilitatorRole } from "../facilitatorKeys";
import { hashSecret, ID_PATTERN } from "../secrets";
import type { ParticipantRecord, Storage, WorkshopRecord } from "../storage/storage";
import { bearerToken } from "./bearer";
import { HttpError } from "./json";

/**
 * The workshop whose facilitator key the request carries, its own or a co-facilitator link's;
 * 401 (with a challenge) otherwise. `owner`: only the workshop's own key will do (sharing and
 * revoking links, deleting the workshop); a co-facilitator's gets 403.
 */
export async function requireFacilitator(
  request: FastifyRequest,
  reply: FastifyReply,
  workshopId: string,
  storage: Storage,
  { owner = false } = {},
): Promise<WorkshopRecord & { role: "owner" | "cofacilitator" }> {
  const key = bearerToken(request.raw);
  const workshop = ID_PATTERN.test(workshopId) ? await storage.findWorkshop(workshopId) : null;
  const role =
    workshop && key !== null ? await facilitatorRole(storage, workshop, hashSecret(key)) : null;
  if (!workshop || role === null) {
    reply.header("www-authenticate", 'Bearer realm="troc"');
    throw new HttpError(401, "The facilitator key is required (Authorization: Bearer <key>)");
  }
  if (owner && role !== "owner") {
    throw new HttpError(403, "Only the workshop's own facilitator key may do this");
  }
  return { ...workshop, role };
}

/** The participant the bearer token belongs to, in this workshop; 401 otherwise. */
export async function requireParticipant(
  request: FastifyRequest,
  workshopId: string,
  storage: Storage,
): Promise<ParticipantRecord> {
  const token = bearerToken(request.raw);
  const participant =
    token !== null && ID_PATTERN.test(workshopId)
      ? await storage.findParticipantByToken(workshopId, hashSecret(token))
      : null;
  if (!participant) {
    throw new HttpError(401, "A participant token is required (Authorization: Bearer <token>)");
  }
  return participant;
}
