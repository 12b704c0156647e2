import { eraseParticipant } from "@troc/shared";
import type { Logger } from "./log";
import type { Metrics } from "./metrics";
import { CLOSE } from "./rooms/connection";
import type { RoomRegistry } from "./rooms/registry";
import type { Storage } from "./storage/storage";

export interface Lifecycle {
  /** Deletes a workshop from memory and storage; its sockets are closed with 4410. */
  deleteWorkshop(workshopId: string, why: "facilitator" | "retention"): Promise<void>;
  /**
   * Erases a participant: their notes and interest marks from the board (stored and relayed
   * like any change, so every screen updates), their contact, their identity and token.
   */
  eraseParticipant(
    workshopId: string,
    participantId: string,
  ): Promise<{ notes: number; interests: number; contact: boolean }>;
}

/** What the RGPD asks of a workshop's data over its life: deletion and erasure. */
export function createLifecycle(deps: {
  storage: Storage;
  rooms: RoomRegistry;
  log: Logger;
  metrics: Metrics;
}): Lifecycle {
  return {
    async deleteWorkshop(workshopId, why) {
      // The room first: nothing may store into the workshop while it is being erased.
      await deps.rooms.evict(workshopId, CLOSE.workshopDeleted, "workshop deleted");
      await deps.storage.deleteWorkshop(workshopId);
      deps.metrics.purged.inc({ what: "workshop" });
      deps.log.info({ workshopId, why }, "workshop deleted");
    },
    async eraseParticipant(workshopId, participantId) {
      let erased = { notes: 0, interests: 0 };
      await deps.rooms.withRoom(workshopId, async (room) => {
        await room.change((doc) => {
          erased = eraseParticipant(doc, participantId);
        });
        room.closeParticipant(participantId, CLOSE.badToken, "participant erased");
      });
      const contact = (await deps.storage.findContact(participantId)) !== null;
      await deps.storage.deleteParticipant(participantId);
      deps.metrics.purged.inc({ what: "participant" });
      deps.log.info({ workshopId }, "participant erased at their request");
      return { ...erased, contact };
    },
  };
}
