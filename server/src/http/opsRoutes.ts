import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ApiDeps } from "./deps";
import { HttpError } from "./json";
import { mayReadMetrics } from "./metricsAccess";
import { publicBaseUrl } from "./publicUrl";
import { errorSchema } from "./schemas";

/** Health, metrics, where join links point, and this API's own description. */
export const opsRoutes =
  (deps: ApiDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/healthz",
      { schema: { summary: "Is the server up", response: { 200: z.object({ ok: z.boolean() }) } } },
      async () => ({ ok: true }),
    );

    app.get(
      "/metrics",
      {
        schema: {
          summary: "Prometheus metrics (this machine, or METRICS_TOKEN)",
          security: [{ bearer: [] }],
          response: { 200: z.string().describe("Prometheus text format"), 403: errorSchema },
        },
      },
      async (request, reply) => {
        const options = { token: deps.metricsToken, trustProxy: deps.trustProxy };
        if (!mayReadMetrics(request.raw, options)) {
          throw new HttpError(403, "Metrics are for this machine or METRICS_TOKEN");
        }
        reply.header("content-type", deps.metrics.registry.contentType);
        return deps.metrics.registry.metrics();
      },
    );

    app.get(
      "/api/config",
      {
        schema: {
          summary: "Where join links and QR codes point",
          response: { 200: z.object({ publicUrl: z.string() }) },
        },
      },
      async (request) => ({ publicUrl: publicBaseUrl(request.raw, deps) }),
    );

    app.get(
      "/api/openapi.json",
      {
        schema: {
          summary: "This description (OpenAPI 3.1)",
          response: { 200: z.record(z.string(), z.unknown()) },
        },
      },
      async () => app.swagger() as unknown as Record<string, unknown>,
    );
  };
