import type { FastifyReply, FastifyRequest } from "fastify";
import { hashSecret, ID_PATTERN } from "../secrets";
import type { ParticipantRecord, Storage, WorkshopRecord } from "../storage/storage";
import { bearerToken } from "./bearer";
import { HttpError } from "./json";

/** The workshop whose facilitator key the request carries; 401 (with a challenge) otherwise. */
export async function requireFacilitator(
  request: FastifyRequest,
  reply: FastifyReply,
  workshopId: string,
  storage: Storage,
): Promise<WorkshopRecord> {
  const key = bearerToken(request.raw);
  const workshop = ID_PATTERN.test(workshopId) ? await storage.findWorkshop(workshopId) : null;
  if (!workshop || key === null || hashSecret(key) !== workshop.facilitatorKeyHash) {
    reply.header("www-authenticate", 'Bearer realm="troc"');
    throw new HttpError(401, "The facilitator key is required (Authorization: Bearer <key>)");
  }
  return workshop;
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
