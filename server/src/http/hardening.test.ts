import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../test/harness";
import { postJson, serversPerTest, startServer } from "../test/harness";

let running: RunningServer;
beforeAll(async () => {
  running = await startServer();
});
afterAll(() => running.stop());
const server = serversPerTest();

describe("security headers", () => {
  it("gives pages a content security policy that allows this origin only and no framing", async () => {
    const res = await fetch(`${running.base}/b/some-workshop`);
    const policy = res.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it.each(["/api/config", "/api/workshops/x/export?format=svg", "/healthz", "/metrics"])(
    "sandboxes data answers, which no browser should run: %s",
    async (path) => {
      const res = await fetch(`${running.base}${path}`);
      const policy = res.headers.get("content-security-policy") ?? "";
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain("sandbox");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    },
  );
});

describe("/metrics", () => {
  it("answers this machine, not an address forwarded by a proxy", async () => {
    expect((await fetch(`${running.base}/metrics`)).status).toBe(200);
    const proxied = await server({ TRUST_PROXY: "true" });
    const outside = await fetch(`${proxied.base}/metrics`, {
      headers: { "x-forwarded-for": "203.0.113.9" },
    });
    expect(outside.status).toBe(403);
  });

  it("with METRICS_TOKEN, answers only that bearer token", async () => {
    const token = "metrics-token-0123456789";
    const s = await server({ METRICS_TOKEN: token });
    expect((await fetch(`${s.base}/metrics`)).status).toBe(403);
    const wrong = await fetch(`${s.base}/metrics`, {
      headers: { authorization: "Bearer metrics-token-9876543210" },
    });
    expect(wrong.status).toBe(403);
    const right = await fetch(`${s.base}/metrics`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain("troc_connections");
  });
});

/** The Strasbourg skills map, its first family grown to `count` skills. */
function bigMap(count: number) {
  const file = path.resolve(
    import.meta.dirname,
    "../../../shared/src/export/__golden__/strasbourg.json",
  );
  const map = JSON.parse(fs.readFileSync(file, "utf8"));
  const [first] = map.families;
  const model = first.skills[0];
  first.skills = Array.from({ length: count }, (_, i) => ({
    ...model,
    id: `n${i}`,
    text: `compétence ${i}`,
  }));
  map.families = [first];
  map.unsorted = [];
  return map;
}

describe("importing a large skills map", () => {
  it("refuses more skills than the import allows, with the field named", async () => {
    const res = await postJson(`${running.base}/api/workshops`, { from: bigMap(20_001) });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field: "from" });
  });

  it("builds a 15,000-skill board in steps: other requests are answered meanwhile", async () => {
    let importDone = false;
    const created = postJson(`${running.base}/api/workshops`, { from: bigMap(15_000) }).then(
      (res) => {
        importDone = true;
        return res;
      },
    );
    // Sent once the body is on its way: answered between two steps of the import.
    await new Promise((r) => setTimeout(r, 50));
    const health = await fetch(`${running.base}/healthz`);
    expect(health.status).toBe(200);
    expect(importDone).toBe(false);
    expect((await created).status).toBe(201);
  });
});
