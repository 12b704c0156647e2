import type { IncomingMessage, ServerResponse } from "node:http";
import type { SkillsMap } from "@troc/shared";
import { toCsv, toMarkdown, toSkillsMap, toSvg } from "@troc/shared";
import { z } from "zod";
import type { RoomRegistry } from "../rooms/registry";
import { hashSecret } from "../secrets";
import type { Storage } from "../storage/storage";
import { bearerToken } from "./bearer";
import { HttpError } from "./json";

const FORMATS = {
  json: {
    type: "application/json; charset=utf-8",
    render: (map: SkillsMap) => `${JSON.stringify(map, null, 2)}\n`,
  },
  csv: { type: "text/csv; charset=utf-8", render: toCsv },
  md: { type: "text/markdown; charset=utf-8", render: toMarkdown },
  svg: { type: "image/svg+xml; charset=utf-8", render: toSvg },
} as const;
const formatSchema = z.enum(["json", "csv", "md", "svg"]);

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

/**
 * `GET /api/workshops/:id/export?format=json|csv|md|svg`, for the facilitator only
 * (`Authorization: Bearer <facilitatorKey>`): the skills map, with the registered names and
 * the contact details participants left (which nothing else ever sends).
 */
export async function exportWorkshop(
  req: IncomingMessage,
  res: ServerResponse,
  workshopId: string,
  deps: { storage: Storage; rooms: RoomRegistry },
): Promise<void> {
  const workshop = await deps.storage.findWorkshop(workshopId);
  const key = bearerToken(req);
  if (!workshop || key === null || hashSecret(key) !== workshop.facilitatorKeyHash) {
    res.setHeader("www-authenticate", 'Bearer realm="troc"');
    throw new HttpError(401, "The facilitator key is required (Authorization: Bearer <key>)");
  }
  const requested =
    new URL(req.url ?? "/", "http://troc.invalid").searchParams.get("format") ?? "json";
  const format = formatSchema.safeParse(requested);
  if (!format.success) throw new HttpError(400, "format must be json, csv, md or svg");
  const people = await deps.storage.listParticipants(workshopId);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const contacts = new Map(people.flatMap((p) => (p.contact ? [[p.id, p.contact] as const] : [])));
  const map = await deps.rooms.withRoom(workshopId, (room) =>
    toSkillsMap(room.doc, { names, contacts }),
  );
  const { type, render } = FORMATS[format.data];
  const body = render(map);
  res.writeHead(200, {
    "content-type": type,
    "content-length": Buffer.byteLength(body),
    "content-disposition": contentDisposition(map.workshop.title, map.workshop.date, format.data),
    "cache-control": "no-store",
  });
  res.end(body);
}
