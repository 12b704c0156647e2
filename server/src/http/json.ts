import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";

/** An HTTP error the API answers as `{error}` with its status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  res.end(text);
}

/** Reads a JSON body of at most `maxBytes` and checks it against `schema`. */
export async function readJsonBody<T>(
  req: IncomingMessage,
  maxBytes: number,
  schema: z.ZodType<T>,
): Promise<T> {
  const type = req.headers["content-type"] ?? "";
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > maxBytes) throw new HttpError(413, `Body larger than ${maxBytes} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw new HttpError(413, `Body larger than ${maxBytes} bytes`);
    chunks.push(buffer);
  }
  const raw = Buffer.concat(chunks).toString("utf8");
  if (raw.trim() === "") return parseWith(schema, {});
  if (!type.includes("application/json")) {
    throw new HttpError(415, "Send the body as application/json");
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new HttpError(400, "Body is not valid JSON");
  }
  return parseWith(schema, value);
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    throw new HttpError(400, `${where}${issue?.message ?? "invalid body"}`);
  }
  return parsed.data;
}
