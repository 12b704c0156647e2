// Web Crypto, in every browser and in Node 20; shared/ is typed without DOM or Node libraries.
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

/**
 * A random RFC 4122 version 4 id for a new note or family, from one call to the platform's
 * random source. (lib0's uuidv4 asks it once per hex digit, which made importing a large
 * skills map spend most of its time there; crypto.randomUUID exists only on secure pages,
 * and phones often open Troc over plain http on the room's network.)
 */
export function newRecordId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
