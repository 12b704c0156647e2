/** A URL path segment decoded, or null when its percent-encoding is broken ("%E0"). */
export function decodePathSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}
