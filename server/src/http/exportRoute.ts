import type { SkillsMap } from "@troc/shared";
import { skillsMapSchema, toCsv, toMarkdown, toSkillsMap, toSvg } from "@troc/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireFacilitator } from "./auth";
import type { ApiDeps } from "./deps";
import { bearerSecurity, errors, workshopIdParams } from "./schemas";

const FORMATS = {
  json: {
    type: "application/json; charset=utf-8",
    render: (map: SkillsMap) => `${JSON.stringify(map, null, 2)}\n`,
  },
  csv: { type: "text/csv; charset=utf-8", render: toCsv },
  md: { type: "text/markdown; charset=utf-8", render: toMarkdown },
  svg: { type: "image/svg+xml; charset=utf-8", render: toSvg },
} as const;
const formatSchema = z.enum(["json", "csv", "md", "svg"], {
  error: "format must be json, csv, md or svg",
});

/** A file name people recognise: the workshop's title and date, ASCII-safe, plus a UTF-8 one. */
export function contentDisposition(title: string, date: string | null, ext: string): string {
  const base = `${title || "troc"}${date ? ` ${date}` : ""}`.trim();
  const ascii = base
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9 _.-]+/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .slice(0, 80);
  const utf8 = encodeURIComponent(`${base}.${ext}`).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16)}`,
  );
  return `attachment; filename="${ascii || "troc"}.${ext}"; filename*=UTF-8''${utf8}`;
}

const exportQuery = z.object({
  format: formatSchema.default("json").describe("json (the skills map), csv, md or svg"),
});

/**
 * `GET /api/workshops/:id/export?format=json|csv|md|svg`, for the facilitator only
 * (`Authorization: Bearer <facilitatorKey>`): the skills map, with the registered names and
 * the contact details participants left (which nothing else ever sends).
 */
export const exportRoutes =
  (deps: ApiDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/workshops/:workshopId/export",
      {
        schema: {
          summary: "Download the skills map",
          params: workshopIdParams,
          querystring: exportQuery,
          security: bearerSecurity,
          response: {
            200: {
              description: "The skills map, as a file to download",
              content: {
                "application/json": { schema: skillsMapSchema },
                "text/csv": { schema: z.string() },
                "text/markdown": { schema: z.string() },
                "image/svg+xml": { schema: z.string() },
              },
            },
            ...errors(400, 401),
          },
        },
      },
      async (request, reply) => {
        const { workshopId } = request.params;
        await requireFacilitator(request, reply, workshopId, deps.storage);
        const people = await deps.storage.listParticipants(workshopId);
        const names = new Map(people.map((p) => [p.id, p.name]));
        const contacts = new Map(
          people.flatMap((p) => (p.contact ? [[p.id, p.contact] as const] : [])),
        );
        const map = await deps.rooms.withRoom(workshopId, (room) =>
          toSkillsMap(room.doc, { names, contacts }),
        );
        const format = request.query.format;
        const { type, render } = FORMATS[format];
        return reply
          .header("content-type", type)
          .header(
            "content-disposition",
            contentDisposition(map.workshop.title, map.workshop.date, format),
          )
          .header("cache-control", "no-store")
          .send(render(map));
      },
    );
  };
