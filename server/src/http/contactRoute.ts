import type { IncomingMessage, ServerResponse } from "node:http";
import { cleanContact } from "@troc/shared";
import { z } from "zod";
import { hashSecret, ID_PATTERN } from "../secrets";
import type { ParticipantRecord, Storage } from "../storage/storage";
import { bearerToken } from "./bearer";
import { HttpError, readJsonBody, sendJson } from "./json";

const contactBody = z.object({ contact: z.string().max(2000) });

/** The participant the bearer token belongs to, in this workshop; 401 otherwise. */
async function participantOf(
  req: IncomingMessage,
  workshopId: string,
  storage: Storage,
): Promise<ParticipantRecord> {
  const token = bearerToken(req);
  const participant =
    token !== null && ID_PATTERN.test(workshopId)
      ? await storage.findParticipantByToken(workshopId, hashSecret(token))
      : null;
  if (!participant) {
    throw new HttpError(401, "A participant token is required (Authorization: Bearer <token>)");
  }
  return participant;
}

/**
 * `/api/workshops/:id/contact`, for the participant who owns the token: GET reads their
 * contact details, PUT `{contact}` sets them, DELETE removes them. They live in storage, not
 * in the document, so only the facilitator's export ever shows them.
 */
export async function handleContact(
  req: IncomingMessage,
  res: ServerResponse,
  workshopId: string,
  deps: { storage: Storage; maxBodyBytes: number },
): Promise<void> {
  const method = req.method ?? "GET";
  if (method !== "GET" && method !== "PUT" && method !== "DELETE") {
    res.setHeader("allow", "GET, PUT, DELETE");
    throw new HttpError(405, "Use GET, PUT or DELETE");
  }
  const participant = await participantOf(req, workshopId, deps.storage);
  if (method === "PUT") {
    const body = await readJsonBody(req, deps.maxBodyBytes, contactBody);
    const contact = cleanContact(body.contact);
    await deps.storage.setContact(participant.id, contact);
    return sendJson(res, 200, { contact });
  }
  if (method === "DELETE") await deps.storage.setContact(participant.id, null);
  sendJson(res, 200, { contact: await deps.storage.findContact(participant.id) });
}
