import { cleanText, LIMITS } from "@troc/shared";
import type { TrocApi } from "../api";
import type { ParticipantIdentity } from "../session/storage";
import { saveParticipant } from "../session/storage";

/**
 * Registers this phone as a participant under `rawName` and remembers it, so a reload comes
 * back as the same person. Throws TrocInputError for a bad name, ApiError for a refusal.
 */
export async function joinWorkshop(
  api: TrocApi,
  workshopId: string,
  rawName: string,
): Promise<ParticipantIdentity> {
  const name = cleanText("authorName", rawName, LIMITS.personName);
  const { participantId, participantToken } = await api.registerParticipant(workshopId, name);
  const identity = { participantId, participantToken, name };
  saveParticipant(workshopId, identity);
  return identity;
}
