import type { Storage, WorkshopRecord } from "./storage/storage";

/**
 * Whose facilitator key this is, by its hash: the workshop's own (`owner`), a co-facilitator
 * link's, or neither (null). One rule for HTTP and WebSocket alike (docs/security.md).
 */
export async function facilitatorRole(
  storage: Storage,
  workshop: WorkshopRecord,
  keyHash: string,
): Promise<"owner" | "cofacilitator" | null> {
  if (keyHash === workshop.facilitatorKeyHash) return "owner";
  return (await storage.findCofacilitatorKey(workshop.id, keyHash)) ? "cofacilitator" : null;
}
