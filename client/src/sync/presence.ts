import type { Awareness } from "y-protocols/awareness";

/**
 * What each client publishes in awareness (the server checks `user` with shared's
 * checkAwarenessState and caps the whole state's size):
 * - `user`: `{role: "participant", name}` on phones (the name they registered),
 *   `{role: "facilitator", color}` on boards;
 * - `pointer`: `{x, y}` in canvas units, or null when off the canvas (boards only);
 * - `dragging`: `{ids, count}`, the notes being dragged (at most DRAGGING_IDS_MAX ids), or null.
 * Anyone may publish any of these, so readers trust `pointer` and `dragging` only from states
 * whose role is facilitator, which the server lets only facilitators claim.
 */
const KEYS = { user: "user", pointer: "pointer", dragging: "dragging" } as const;

export type PresenceRole = "facilitator" | "participant";

export interface PresenceUser {
  role: PresenceRole;
  name?: string;
  color?: string;
}

/** A point on the board's canvas, in canvas units (not screen pixels). */
export interface CanvasPoint {
  x: number;
  y: number;
}

/** Another board open on the same workshop. */
export interface PeerFacilitator {
  /** The awareness client id: stable while that tab stays connected. */
  clientId: number;
  /** A `#rrggbb` colour that tab picked for itself. */
  color: string;
  pointer?: CanvasPoint;
  /** Some of the ids of the notes it drags (at most DRAGGING_IDS_MAX). */
  dragging?: readonly string[];
  /** How many notes it drags, 0 when none. */
  draggingCount: number;
}

/** Everyone else connected to the workshop, as awareness tells it. */
export interface Presence {
  /** Phones connected (one per awareness client: a person on two devices counts twice). */
  participants: number;
  /** Their registered names, in no particular order, repeated when two share a name. */
  names: readonly string[];
  /** Other boards, by client id. */
  facilitators: readonly PeerFacilitator[];
}

export const EMPTY_PRESENCE: Presence = { participants: 0, names: [], facilitators: [] };

/**
 * Note ids published per drag: enough to highlight a handful, small enough that a state stays
 * far below the server's awareness cap (4 KiB by default; ids are up to 64 characters).
 */
export const DRAGGING_IDS_MAX = 20;

/** Colours a board tab picks from for its pointer: distinct, dark enough on the board's paper. */
export const PEER_COLORS = [
  "#c2410c",
  "#1d4ed8",
  "#047857",
  "#7c3aed",
  "#be123c",
  "#0e7490",
  "#a16207",
  "#4d7c0f",
] as const;

/** Participant names the server's awareness check accepts (it counts UTF-16 units). */
const AWARENESS_NAME_MAX = 40;

const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function readPoint(value: unknown): CanvasPoint | undefined {
  if (!isRecord(value)) return undefined;
  const { x, y } = value;
  return typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y)
    ? { x, y }
    : undefined;
}

function readDragging(value: unknown): { ids: string[]; count: number } | undefined {
  if (!isRecord(value) || !Array.isArray(value.ids)) return undefined;
  const ids = value.ids.filter((id): id is string => typeof id === "string");
  const count = value.count;
  const total = typeof count === "number" && Number.isInteger(count) && count >= ids.length;
  return { ids, count: total ? count : ids.length };
}

/** What one awareness state says about its client; null for states that say nothing usable. */
export type PeerEntry =
  | { role: "participant"; name: string | null }
  | { role: "facilitator"; peer: PeerFacilitator };

/** Reads one client's awareness state defensively: any client may publish anything. */
export function readPeer(clientId: number, state: unknown): PeerEntry | null {
  if (!isRecord(state)) return null;
  const user = state[KEYS.user];
  if (!isRecord(user)) return null;
  if (user.role === "participant") {
    return { role: "participant", name: typeof user.name === "string" ? user.name : null };
  }
  if (user.role !== "facilitator") return null;
  const color =
    typeof user.color === "string" && COLOR_PATTERN.test(user.color)
      ? user.color
      : (PEER_COLORS[clientId % PEER_COLORS.length] ?? PEER_COLORS[0]);
  const pointer = readPoint(state[KEYS.pointer]);
  const dragging = readDragging(state[KEYS.dragging]);
  const peer: PeerFacilitator = {
    clientId,
    color,
    draggingCount: dragging?.count ?? 0,
    ...(pointer ? { pointer } : {}),
    ...(dragging && dragging.count > 0 ? { dragging: dragging.ids } : {}),
  };
  return { role: "facilitator", peer };
}

/** Everyone but this client, read from scratch (the hook keeps it up to date incrementally). */
export function readPresence(awareness: Awareness): Presence {
  const names: string[] = [];
  const facilitators: PeerFacilitator[] = [];
  let participants = 0;
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const entry = readPeer(clientId, state);
    if (entry?.role === "participant") {
      participants += 1;
      if (entry.name !== null) names.push(entry.name);
    } else if (entry?.role === "facilitator") {
      facilitators.push(entry.peer);
    }
  }
  facilitators.sort((a, b) => a.clientId - b.clientId);
  return { participants, names, facilitators };
}

/** Tells the others who this client is. */
export function publishUser(awareness: Awareness, user: PresenceUser): void {
  awareness.setLocalStateField(KEYS.user, user);
}

/**
 * A phone's identity: its registered name, which the server checks against the token. A name
 * the server's check would refuse is left out (the socket would be closed, then reconnect and
 * be refused again), so such a phone still counts as connected, only without a name.
 */
export function participantUser(name: string): PresenceUser {
  return name.length > 0 && name.length <= AWARENESS_NAME_MAX
    ? { role: "participant", name }
    : { role: "participant" };
}

/** Where this board's pointer is on the canvas; null when it leaves the canvas. */
export function publishPointer(awareness: Awareness, point: CanvasPoint | null): void {
  if (point !== null && !(Number.isFinite(point.x) && Number.isFinite(point.y))) return;
  // Whole canvas units are precise enough for a cursor, and keep every message short.
  const value = point === null ? null : { x: Math.round(point.x), y: Math.round(point.y) };
  awareness.setLocalStateField(KEYS.pointer, value);
}

/** The notes this board is dragging; an empty list when the drag ends. */
export function publishDragging(awareness: Awareness, noteIds: readonly string[]): void {
  const value =
    noteIds.length === 0
      ? null
      : { ids: noteIds.slice(0, DRAGGING_IDS_MAX), count: noteIds.length };
  awareness.setLocalStateField(KEYS.dragging, value);
}

/** Note id → the colour of the other board dragging it, to tint those notes. */
export function peerDraggedNotes(
  facilitators: readonly PeerFacilitator[],
): ReadonlyMap<string, string> {
  const dragged = new Map<string, string>();
  for (const peer of facilitators) {
    for (const id of peer.dragging ?? []) dragged.set(id, peer.color);
  }
  return dragged;
}

const TAB_COLOR_KEY = "troc.peerColor";

/**
 * This tab's pointer colour: kept in sessionStorage (per tab) so a reload keeps it, picked at
 * random otherwise so two boards rarely share one.
 */
export function tabColor(): string {
  try {
    const saved = sessionStorage.getItem(TAB_COLOR_KEY);
    if (saved !== null && COLOR_PATTERN.test(saved)) return saved;
  } catch {
    // Storage blocked: a fresh colour each load is fine.
  }
  const color = PEER_COLORS[Math.floor(Math.random() * PEER_COLORS.length)] ?? PEER_COLORS[0];
  try {
    sessionStorage.setItem(TAB_COLOR_KEY, color);
  } catch {
    // Not remembered; still used for this load.
  }
  return color;
}
