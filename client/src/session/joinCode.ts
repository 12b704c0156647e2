/** How a typed join code is compared: no spaces around or inside, upper case. */
export const normalizeJoinCode = (raw: string): string => raw.replace(/\s+/g, "").toUpperCase();
