import { z } from "zod";

/** Every error the API answers: what is wrong, and the field it is about when there is one. */
export const errorSchema = z
  .object({
    error: z.string().describe("What is wrong, in plain words"),
    field: z.string().optional().describe("The request field at fault"),
  })
  .describe("An error");

/** The usual error answers of a route, for its OpenAPI description. */
export const errors = (...statuses: (400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 429)[]) =>
  Object.fromEntries(statuses.map((status) => [status, errorSchema]));

export const workshopIdParams = z.object({ workshopId: z.string().max(200) });

/** `Authorization: Bearer <secret>`: a facilitator key or a participant token. */
export const bearerHeaders = z.object({ authorization: z.string().max(500).optional() });

export const bearerSecurity = [{ bearer: [] }];
