/** The pages of the app, as the path names them. */
export type Route =
  | { page: "landing" }
  | { page: "participant"; joinCode: string }
  | { page: "board"; workshopId: string }
  | { page: "privacy" }
  | { page: "notFound" };

/** The page that says what Troc keeps about participants, and for how long. */
export const PRIVACY_PATH = "/confidentialite";

function segment(raw: string): string | null {
  try {
    const value = decodeURIComponent(raw);
    return value.length > 0 ? value : null;
  } catch {
    return null;
  }
}

/** Reads a path like `/j/AB12CD` or `/b/<workshopId>`; a trailing slash is tolerated. */
export function parseRoute(pathname: string): Route {
  const parts = pathname.split("/").filter((part) => part.length > 0);
  if (parts.length === 0) return { page: "landing" };
  const [prefix, raw, ...rest] = parts;
  if (parts.length === 1 && `/${prefix}` === PRIVACY_PATH) return { page: "privacy" };
  if (raw === undefined || rest.length > 0) return { page: "notFound" };
  const value = segment(raw);
  if (value === null) return { page: "notFound" };
  if (prefix === "j") return { page: "participant", joinCode: value };
  if (prefix === "b") return { page: "board", workshopId: value };
  return { page: "notFound" };
}

export const participantPath = (joinCode: string): string => `/j/${encodeURIComponent(joinCode)}`;

/** The board's path; the fragment carries the facilitator key (never sent to the server). */
export function boardPath(
  workshopId: string,
  secrets: { facilitatorKey?: string; joinCode?: string } = {},
): string {
  const fragment = new URLSearchParams();
  if (secrets.facilitatorKey !== undefined) fragment.set("key", secrets.facilitatorKey);
  if (secrets.joinCode !== undefined) fragment.set("code", secrets.joinCode);
  const hash = fragment.toString();
  return `/b/${encodeURIComponent(workshopId)}${hash.length > 0 ? `#${hash}` : ""}`;
}
