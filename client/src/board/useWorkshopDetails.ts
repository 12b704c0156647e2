import { useEffect, useState } from "react";
import type { WorkshopDetails } from "../api";
import { useApi } from "../services/ApiContext";

/**
 * The workshop's details as the server gives them to its facilitators: the join code (so a
 * board opened on another device with the key shows it too) and how long data is kept.
 * Undefined while they are asked for; null when they cannot be had (offline: the board works
 * without them).
 */
export function useWorkshopDetails(
  workshopId: string,
  facilitatorKey: string | null,
): WorkshopDetails | null | undefined {
  const api = useApi();
  const [details, setDetails] = useState<WorkshopDetails | null | undefined>(undefined);
  useEffect(() => {
    if (facilitatorKey === null) return;
    let live = true;
    api.getWorkshopDetails(workshopId, facilitatorKey).then(
      (answer) => live && setDetails(answer),
      () => live && setDetails(null),
    );
    return () => {
      live = false;
    };
  }, [api, workshopId, facilitatorKey]);
  return facilitatorKey === null ? null : details;
}
