import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SkillsMap } from "@troc/shared";
import { seedFromSkillsMap } from "@troc/shared";
import { build } from "esbuild";
import * as Y from "yjs";

const STYLE = `section { display: inline-block; width: 12rem; vertical-align: top }
ul { display: flex; flex-wrap: wrap; gap: 2px; padding: 0 } li { list-style: none }
button { width: 10px; height: 10px; border: 0; padding: 0 }`;

/**
 * A reference for the board's first render: the same document served to a page that only
 * decodes it and puts a button per note in the page (page.ts). What Troc's board does beyond
 * that (its code, the sync, the layout, the tools) is the ratio `bench:board` prints.
 */
export async function serveFloor(map: SkillsMap): Promise<{ url: string; close(): void }> {
  const doc = new Y.Doc();
  seedFromSkillsMap(doc, map, { title: "Référence", prompt: "Plancher" });
  const update = Y.encodeStateAsUpdate(doc);
  const bundled = await build({
    entryPoints: [path.join(path.dirname(fileURLToPath(import.meta.url)), "page.ts")],
    bundle: true,
    format: "esm",
    minify: true,
    write: false,
  });
  const script = bundled.outputFiles[0]?.contents ?? new Uint8Array();
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>${STYLE}</style><script type="module" src="/page.js"></script></head><body><main id="board"></main></body></html>`;
  const server = http.createServer((request, response) => {
    const [type, body] =
      request.url === "/doc.bin"
        ? ["application/octet-stream", update]
        : request.url === "/page.js"
          ? ["text/javascript", script]
          : ["text/html; charset=utf-8", html];
    response.writeHead(200, { "content-type": type });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
