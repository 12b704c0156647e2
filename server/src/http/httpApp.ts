import fastifySwagger from "@fastify/swagger";
import { TrocInputError } from "@troc/shared";
import type { FastifyError, FastifyInstance } from "fastify";
import Fastify from "fastify";
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import sirv from "sirv";
import type { Logger } from "../log";
import { cofacilitatorRoutes } from "./cofacilitatorRoutes";
import type { ApiDeps } from "./deps";
import { exportRoutes } from "./exportRoute";
import { HttpError } from "./json";
import { lifecycleRoutes } from "./lifecycleRoutes";
import { opsRoutes } from "./opsRoutes";
import { participantRoutes } from "./participantRoutes";
import { setSecurityHeaders } from "./securityHeaders";
import { checkAgainstOwnDescription } from "./selfCheck";
import { workshopRoutes } from "./workshopRoutes";

const ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

const routesOf = new WeakMap<FastifyInstance, { method: string; url: string }[]>();

/** The routes the API serves (method and Fastify URL pattern), for its conformance test. */
export const apiRoutes = (app: FastifyInstance): readonly { method: string; url: string }[] =>
  routesOf.get(app) ?? [];

/**
 * The HTTP side of the server on Fastify: every route validates its parameters and body with
 * the project's zod schemas, which also describe it in `/api/openapi.json` (OpenAPI 3.1) and
 * check each JSON answer. Errors are `{error, field?}`. Pages are the built client.
 */
export async function createHttpApp(
  deps: ApiDeps,
  options: {
    log: Logger;
    clientDir: string | null;
    /** For tests: each exchange that does not match /api/openapi.json is reported here. */
    onDescriptionMismatch?: (violation: string) => void;
  },
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    forceCloseConnections: true,
    // A path whose percent-encoding is broken ("%E0") names nothing that exists.
    frameworkErrors: (error, request, reply) => {
      const badUrl = error.code === "FST_ERR_BAD_URL";
      const message = !badUrl
        ? error.message
        : request.url.startsWith("/api/join/")
          ? "Unknown join code"
          : "Not found";
      setSecurityHeaders(request.raw, reply.raw);
      reply.raw.writeHead(badUrl ? 404 : 400, {
        "content-type": "application/json; charset=utf-8",
      });
      reply.raw.end(JSON.stringify({ error: message }));
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Bodies are JSON: an empty one is `{}`, a broken one a clear 400, another type a 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => {
    const text = String(body);
    if (text.trim() === "") return done(null, {});
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new HttpError(400, "Body is not valid JSON"), undefined);
    }
  });
  app.addContentTypeParser("*", { parseAs: "string" }, (_request, body, done) => {
    if (String(body).trim() === "") return done(null, {});
    done(new HttpError(415, "Send the body as application/json"), undefined);
  });
  app.addHook("preValidation", async (request) => {
    if (request.body === undefined && ["POST", "PUT"].includes(request.method)) request.body = {};
  });
  app.addHook("onRequest", async (request, reply) => setSecurityHeaders(request.raw, reply.raw));

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Troc",
        description: "A live skills-swap workshop board. WebSocket protocol: docs/protocol.md.",
        version: "1",
      },
      components: {
        securitySchemes: {
          bearer: {
            type: "http",
            scheme: "bearer",
            description: "A facilitator key or a participant token",
          },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issue = error.validation[0];
      const path = issue?.instancePath.replace(/^\//, "").replaceAll("/", ".") ?? "";
      const where = path === "" ? "" : `${path}: `;
      const field = path.split(".")[0];
      return reply.status(400).send({
        error: `${where}${issue?.message ?? "invalid request"}`,
        ...(field ? { field } : {}),
      });
    }
    if (error instanceof HttpError)
      return reply.status(error.status).send({ error: error.message });
    if (error instanceof TrocInputError) {
      return reply.status(400).send({ error: error.message, field: error.field });
    }
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      const limit = request.routeOptions.bodyLimit ?? deps.maxBodyBytes;
      return reply.status(413).send({ error: `Body larger than ${limit} bytes` });
    }
    if (typeof error.statusCode === "number" && error.statusCode < 500) {
      return reply.status(error.statusCode).send({ error: error.message });
    }
    options.log.error({ err: error, path: request.url.split("?")[0] }, "request failed");
    return reply.status(500).send({ error: "Internal error" });
  });

  // Every path the API knows answers its other methods with 405 and the ones it takes.
  const known = new Map<string, Set<string>>();
  app.addHook("onRoute", (route) => {
    const methods = known.get(route.url) ?? new Set<string>();
    for (const method of [route.method].flat()) methods.add(method);
    known.set(route.url, methods);
  });
  if (options.onDescriptionMismatch) {
    checkAgainstOwnDescription(app, options.onDescriptionMismatch);
  }
  await app.register(workshopRoutes(deps));
  await app.register(participantRoutes(deps));
  await app.register(exportRoutes(deps));
  await app.register(opsRoutes(deps));
  await app.register(lifecycleRoutes(deps));
  await app.register(cofacilitatorRoutes(deps));
  routesOf.set(
    app,
    [...known].flatMap(([url, methods]) =>
      [...methods].filter((m) => m !== "HEAD").map((method) => ({ method, url })),
    ),
  );
  for (const [url, methods] of [...known]) {
    const others = ALL_METHODS.filter((method) => !methods.has(method));
    const allowed = [...methods].filter((method) => method !== "HEAD").join(", ");
    app.route({
      method: others,
      url,
      schema: { hide: true },
      handler: async (_request, reply) =>
        reply
          .status(405)
          .header("allow", allowed)
          .send({ error: `Use ${allowed}` }),
    });
  }

  const serveClient = options.clientDir
    ? sirv(options.clientDir, {
        single: true,
        etag: true,
        // The build writes each file's .br and .gz forms: a phone downloads a third of the bytes.
        brotli: true,
        gzip: true,
        setHeaders: (res, pathname) => {
          // Names under /assets/ carry their content's hash: a new build means new names.
          if (pathname.startsWith("/assets/"))
            res.setHeader("cache-control", "public, max-age=31536000, immutable");
        },
      })
    : null;
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    if (path.startsWith("/api/") || path === "/healthz" || path === "/metrics") {
      return reply.status(404).send({ error: "No such API endpoint" });
    }
    if (!serveClient) {
      return reply
        .status(503)
        .send({ error: "The client is not built: run npm start or npm run build" });
    }
    reply.hijack();
    serveClient(request.raw, reply.raw, () => {
      reply.raw.writeHead(404, { "content-type": "application/json; charset=utf-8" });
      reply.raw.end(JSON.stringify({ error: "Not found" }));
    });
    return reply;
  });
  return app;
}
