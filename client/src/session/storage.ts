import { z } from "zod";

/**
 * What this browser remembers per workshop, in localStorage. Every access is guarded:
 * storage can be full, disabled or throwing (private browsing), and the app must still run.
 */
const KEYS = {
  facilitatorKey: (workshopId: string) => `troc:facilitator-key:${workshopId}`,
  joinCode: (workshopId: string) => `troc:join-code:${workshopId}`,
  participant: (workshopId: string) => `troc:participant:${workshopId}`,
  boardDrawer: "troc:board-drawer",
  following: "troc:follow-facilitator",
} as const;

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not remembered: the page still works for this visit.
  }
}

export const loadFacilitatorKey = (workshopId: string): string | null =>
  read(KEYS.facilitatorKey(workshopId));

export const saveFacilitatorKey = (workshopId: string, key: string): void =>
  write(KEYS.facilitatorKey(workshopId), key);

/** Whether this browser last left the board's drawer open; null if it never chose. */
export function loadDrawerOpen(): boolean | null {
  const saved = read(KEYS.boardDrawer);
  return saved === null ? null : saved === "open";
}

export const saveDrawerOpen = (open: boolean): void =>
  write(KEYS.boardDrawer, open ? "open" : "closed");

/** Whether this phone scrolls to what the facilitator shows ("follow me"); off by default. */
export const loadFollowing = (): boolean => read(KEYS.following) === "on";

export const saveFollowing = (on: boolean): void => write(KEYS.following, on ? "on" : "off");

export const loadJoinCode = (workshopId: string): string | null => read(KEYS.joinCode(workshopId));

export const saveJoinCode = (workshopId: string, joinCode: string): void =>
  write(KEYS.joinCode(workshopId), joinCode);

const participantSchema = z.object({
  participantId: z.string().min(1),
  participantToken: z.string().min(1),
  name: z.string().min(1),
});

/** Who this phone is in a workshop: kept so a reload comes back as the same participant. */
export type ParticipantIdentity = z.infer<typeof participantSchema>;

export function loadParticipant(workshopId: string): ParticipantIdentity | null {
  const raw = read(KEYS.participant(workshopId));
  if (raw === null) return null;
  try {
    const parsed = participantSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const saveParticipant = (workshopId: string, identity: ParticipantIdentity): void =>
  write(KEYS.participant(workshopId), JSON.stringify(identity));

/** Forgets this phone's identity in a workshop (its token was refused). */
export function forgetParticipant(workshopId: string): void {
  try {
    window.localStorage.removeItem(KEYS.participant(workshopId));
  } catch {
    // Nothing remembered, nothing to forget.
  }
}
