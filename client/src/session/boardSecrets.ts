import { loadFacilitatorKey, loadJoinCode, saveFacilitatorKey, saveJoinCode } from "./storage";

export interface BoardSecrets {
  facilitatorKey: string | null;
  joinCode: string | null;
}

/**
 * Reads the board's secrets from the URL fragment (`#key=…&code=…`), remembers them for this
 * workshop, and falls back to what was remembered when the fragment has none.
 */
export function takeBoardSecrets(workshopId: string, hash: string): BoardSecrets {
  const fragment = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
  const key = fragment.get("key");
  const code = fragment.get("code");
  if (key) saveFacilitatorKey(workshopId, key);
  if (code) saveJoinCode(workshopId, code);
  return {
    facilitatorKey: key || loadFacilitatorKey(workshopId),
    joinCode: code || loadJoinCode(workshopId),
  };
}
