import { useEffect, useState } from "react";
import type { WorkshopDetails } from "../api";
import { useApi } from "../services/ApiContext";

/**
 * The workshop's details as the server gives them to its facilitators: the join code (so a
 * board opened on another device with the key shows it too) and how long data is kept.
 * Null until they arrive, or when they cannot be had (offline: the board works without).
 */
export function useWorkshopDetails(
  workshopId: string,
  facilitatorKey: string | null,
): WorkshopDetails | null {
  const api = useApi();
  const [details, setDetails] = useState<WorkshopDetails | null>(null);
  useEffect(() => {
    if (facilitatorKey === null) return;
    let live = true;
    api.getWorkshopDetails(workshopId, facilitatorKey).then(
      (answer) => live && setDetails(answer),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [api, workshopId, facilitatorKey]);
  return details;
}
