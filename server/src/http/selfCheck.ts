import type { ValidateFunction } from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import type { FastifyInstance } from "fastify";

interface Operation {
  requestBody?: { content?: Record<string, { schema?: object }> };
  responses?: Record<string, { content?: Record<string, { schema?: object }> }>;
}

/**
 * For tests: checks every exchange against the API's own OpenAPI description, so that the
 * whole test suite's requests and answers prove the description right. Each mismatch is
 * handed to `report`; nothing is changed in what is sent.
 */
export function checkAgainstOwnDescription(
  app: FastifyInstance,
  report: (violation: string) => void,
): void {
  const ajv = new Ajv2020({ strict: false });
  const compiled = new Map<object, ValidateFunction>();
  const validate = (schema: object, value: unknown): string | null => {
    let check = compiled.get(schema);
    if (!check) {
      check = ajv.compile(schema);
      compiled.set(schema, check);
    }
    return check(value) ? null : ajv.errorsText(check.errors);
  };
  let paths: Record<string, Record<string, Operation>> | null = null;
  app.addHook("onSend", async (request, reply, payload) => {
    const route = request.routeOptions.url;
    if (route === undefined || reply.statusCode === 405) return payload;
    paths ??= (app.swagger() as unknown as { paths: Record<string, Record<string, Operation>> })
      .paths;
    const where = `${request.method} ${route} ${reply.statusCode}`;
    const op = paths[route.replace(/:([A-Za-z]+)/g, "{$1}")]?.[request.method.toLowerCase()];
    if (!op) {
      if (request.method !== "HEAD") report(`${where}: not described`);
      return payload;
    }
    const answer = op.responses?.[String(reply.statusCode)];
    if (!answer) {
      report(`${where}: status not described`);
      return payload;
    }
    const type = String(reply.getHeader("content-type") ?? "");
    const schema = answer.content?.["application/json"]?.schema;
    if (schema && type.includes("json") && typeof payload === "string") {
      const error = validate(schema, JSON.parse(payload));
      if (error) report(`${where}: answer ${error}`);
    }
    const bodySchema = op.requestBody?.content?.["application/json"]?.schema;
    if (bodySchema && reply.statusCode < 300 && request.body !== undefined) {
      const error = validate(bodySchema, request.body);
      if (error) report(`${where}: request ${error}`);
    }
    return payload;
  });
}
