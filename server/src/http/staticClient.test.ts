import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../test/harness";
import { startServer } from "../test/harness";

// A built client as the Vite build leaves it: each file with its .br and .gz forms.
const HTML = "<!doctype html><title>Troc</title><script src=/assets/app-3f9a.js></script>";
const JS = `console.log(${JSON.stringify("Troc ".repeat(200))});`;
let running: RunningServer;
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "troc-client-"));
  fs.mkdirSync(path.join(dir, "assets"));
  const write = (name: string, text: string) => {
    fs.writeFileSync(path.join(dir, name), text);
    fs.writeFileSync(path.join(dir, `${name}.gz`), zlib.gzipSync(text));
    fs.writeFileSync(path.join(dir, `${name}.br`), zlib.brotliCompressSync(text));
  };
  write("index.html", HTML);
  write("assets/app-3f9a.js", JS);
  running = await startServer({ CLIENT_DIR: dir });
});
afterAll(() => running.stop());

// fetch decodes the body; the headers tell what was sent.
async function get(pathname: string, acceptEncoding: string) {
  const res = await fetch(`${running.base}${pathname}`, {
    headers: { "accept-encoding": acceptEncoding },
  });
  return { res, body: await res.text() };
}

describe("the client's files", () => {
  it.each([
    ["br, gzip", "br"],
    ["gzip", "gzip"],
  ])("are sent compressed to a browser that accepts %s", async (accepts, encoding) => {
    const { res, body } = await get("/assets/app-3f9a.js", accepts);
    expect(res.headers.get("content-encoding")).toBe(encoding);
    expect(res.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(body).toBe(JS); // fetch decodes what it was sent
    expect(Number(res.headers.get("content-length"))).toBeLessThan(JS.length / 3);
  });

  it("are sent as they are to a client that accepts no encoding", async () => {
    const { res, body } = await get("/assets/app-3f9a.js", "identity");
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(body).toBe(JS);
  });

  it("are cached for good when their name carries their hash, and the page is not", async () => {
    const asset = await get("/assets/app-3f9a.js", "br");
    expect(asset.res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    for (const page of ["/", "/b/some-workshop", "/j/ABC234"]) {
      const { res, body } = await get(page, "br");
      expect(body).toBe(HTML);
      expect(res.headers.get("cache-control") ?? "").not.toContain("immutable");
    }
  });
});
