// The API's description is generated from the same zod schemas that validate each request and
// answer. This checks the generated document itself: every route is in it, and real requests
// and answers of every route, successes and errors, conform to it. (Every other server test
// checks its own exchanges too: the harness fails a test whose server answered anything the
// description does not say, see selfCheck.ts.)
import fs from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../test/harness";
import { startServer } from "../test/harness";

interface Operation {
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}
type Spec = { openapi: string; paths: Record<string, Record<string, Operation>> };

let running: RunningServer;
let spec: Spec;
beforeAll(async () => {
  running = await startServer({
    REGISTRATIONS_PER_MINUTE: "1000",
    JOIN_LOOKUPS_PER_MINUTE: "1000",
  });
  spec = (await (await fetch(`${running.base}/api/openapi.json`)).json()) as Spec;
});
afterAll(() => running.stop());

const ajv = new Ajv2020({ strict: false, allErrors: true });
const toSpecPath = (url: string) => url.replace(/:([A-Za-z]+)/g, "{$1}");

function operation(method: string, url: string): Operation {
  const op = spec.paths[toSpecPath(url)]?.[method.toLowerCase()];
  if (!op) throw new Error(`${method} ${url} is not described`);
  return op;
}

/** Sends a request and checks it, and the answer, against the description. */
async function exchange(
  method: string,
  url: string,
  actual: string,
  options: { body?: unknown; token?: string } = {},
): Promise<{ status: number; body: unknown }> {
  const op = operation(method, url);
  const res = await fetch(`${running.base}${actual}`, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { "content-type": "application/json" }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const response = op.responses[String(res.status)];
  expect(
    response,
    `${method} ${url} answered ${res.status}, which it does not describe`,
  ).toBeDefined();
  const type = res.headers.get("content-type") ?? "";
  const text = await res.text();
  const body: unknown = type.includes("json") ? JSON.parse(text) : text;
  const schema = response?.content?.["application/json"]?.schema;
  if (type.includes("json") && schema) {
    const valid = ajv.validate(schema, body);
    expect(valid, `${method} ${url} ${res.status}: ${ajv.errorsText()}`).toBe(true);
  }
  const requestSchema = op.requestBody?.content["application/json"]?.schema;
  if (res.ok && options.body !== undefined && requestSchema) {
    const valid = ajv.validate(requestSchema, options.body);
    expect(valid, `${method} ${url} request: ${ajv.errorsText()}`).toBe(true);
  }
  return { status: res.status, body };
}

describe("/api/openapi.json", () => {
  it("is OpenAPI 3.1 and describes every route the server serves", async () => {
    expect(spec.openapi).toBe("3.1.0");
    const routes = await running.server.routes();
    expect(routes.length).toBeGreaterThan(10);
    for (const { method, url } of routes) {
      expect(spec.paths[toSpecPath(url)]?.[method.toLowerCase()], `${method} ${url}`).toBeDefined();
    }
  });

  it("every schema in it compiles as JSON Schema 2020-12", () => {
    for (const [url, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const schemas = [
          op.requestBody?.content["application/json"]?.schema,
          ...Object.values(op.responses).map((r) => r.content?.["application/json"]?.schema),
        ];
        for (const schema of schemas) {
          if (schema) expect(() => ajv.compile(schema), `${method} ${url}`).not.toThrow();
        }
      }
    }
  });

  it("matches what every route answers, in success and in error", async () => {
    const created = await exchange("POST", "/api/workshops", "/api/workshops", {
      body: { title: "Atelier décrit" },
    });
    expect(created.status).toBe(201);
    const w = created.body as { workshopId: string; joinCode: string; facilitatorKey: string };
    const id = w.workshopId;
    expect(
      (await exchange("POST", "/api/workshops", "/api/workshops", { body: { title: 3 } })).status,
    ).toBe(400);
    const map = JSON.parse(
      fs.readFileSync(
        path.resolve(import.meta.dirname, "../../../shared/src/export/__golden__/strasbourg.json"),
        "utf8",
      ),
    );
    expect(
      (await exchange("POST", "/api/workshops", "/api/workshops", { body: { from: map } })).status,
    ).toBe(201);

    expect((await exchange("GET", "/api/join/:joinCode", `/api/join/${w.joinCode}`)).status).toBe(
      200,
    );
    expect((await exchange("GET", "/api/join/:joinCode", "/api/join/ZZZZZZ")).status).toBe(404);

    const participants = "/api/workshops/:workshopId/participants";
    const registered = await exchange("POST", participants, `/api/workshops/${id}/participants`, {
      body: { name: "Léa" },
    });
    expect(registered.status).toBe(201);
    const token = (registered.body as { participantToken: string }).participantToken;
    expect(
      (
        await exchange("POST", participants, `/api/workshops/${id}/participants`, {
          body: { name: " " },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await exchange("POST", participants, "/api/workshops/AAAAAAAAAAAAAAAAAAAAAA/participants", {
          body: { name: "Léa" },
        })
      ).status,
    ).toBe(404);

    const contact = "/api/workshops/:workshopId/contact";
    const at = `/api/workshops/${id}/contact`;
    expect((await exchange("GET", contact, at, { token })).status).toBe(200);
    expect(
      (await exchange("PUT", contact, at, { token, body: { contact: "lea@asso.fr" } })).status,
    ).toBe(200);
    expect((await exchange("PUT", contact, at, { token, body: { contact: "Léa" } })).status).toBe(
      400,
    );
    expect((await exchange("DELETE", contact, at, { token })).status).toBe(200);
    expect((await exchange("GET", contact, at)).status).toBe(401);

    const exportUrl = "/api/workshops/:workshopId/export";
    for (const format of ["json", "csv", "md", "svg"]) {
      const done = await exchange(
        "GET",
        exportUrl,
        `/api/workshops/${id}/export?format=${format}`,
        { token: w.facilitatorKey },
      );
      expect(done.status).toBe(200);
    }
    expect(
      (
        await exchange("GET", exportUrl, `/api/workshops/${id}/export?format=pdf`, {
          token: w.facilitatorKey,
        })
      ).status,
    ).toBe(400);
    expect(
      (await exchange("GET", exportUrl, `/api/workshops/${id}/export`, { token })).status,
    ).toBe(401);

    const workshop = "/api/workshops/:workshopId";
    expect(
      (await exchange("GET", workshop, `/api/workshops/${id}`, { token: w.facilitatorKey })).status,
    ).toBe(200);
    expect((await exchange("GET", workshop, `/api/workshops/${id}`, { token })).status).toBe(401);
    const me = "/api/workshops/:workshopId/me";
    expect((await exchange("GET", me, `/api/workshops/${id}/me`, { token })).status).toBe(200);
    expect((await exchange("GET", me, `/api/workshops/${id}/me`)).status).toBe(401);
    expect((await exchange("DELETE", me, `/api/workshops/${id}/me`, { token })).status).toBe(200);
    expect((await exchange("DELETE", workshop, `/api/workshops/${id}`, { token })).status).toBe(
      401,
    );
    expect(
      (await exchange("DELETE", workshop, `/api/workshops/${id}`, { token: w.facilitatorKey }))
        .status,
    ).toBe(200);

    for (const [url] of [
      ["/api/config"],
      ["/api/privacy"],
      ["/healthz"],
      ["/metrics"],
      ["/api/openapi.json"],
    ]) {
      expect((await exchange("GET", url as string, url as string)).status).toBe(200);
    }
  });
});
