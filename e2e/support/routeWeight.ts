import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export const DIST = path.resolve(import.meta.dirname, "../../client/dist");

/** The page module each route loads lazily, as the build manifest names it. */
export const ROUTES = {
  participant: "src/pages/ParticipantPage.tsx",
  board: "src/pages/BoardPage.tsx",
  landing: "src/pages/Landing.tsx",
} as const;
export type Route = keyof typeof ROUTES;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/**
 * The JavaScript files a route loads and their gzipped sizes in bytes: the entry chunk, the
 * route's page chunk and everything they import statically (what the browser fetches).
 */
export function routeWeight(route: Route, distDir: string = DIST) {
  const manifestFile = path.join(distDir, ".vite/manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as Record<
    string,
    ManifestChunk
  >;
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (entry === undefined) throw new Error(`${manifestFile} names no entry chunk`);
  const files = new Map<string, number>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    const bytes = fs.readFileSync(path.join(distDir, chunk.file));
    files.set(chunk.file, gzipSync(bytes, { level: 9 }).length);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  if (!manifest[ROUTES[route]]) throw new Error(`the build has no chunk for ${ROUTES[route]}`);
  visit(ROUTES[route]);
  const total = [...files.values()].reduce((sum, size) => sum + size, 0);
  return { files, total };
}
