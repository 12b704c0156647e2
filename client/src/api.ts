import type { MyData, PrivacyFacts, SkillsMap, WorkshopDetails } from "@troc/shared";
import { erasedSchema, myDataSchema, privacySchema, workshopDetailsSchema } from "@troc/shared";

export type { MyData, PrivacyFacts, WorkshopDetails };

import { z } from "zod";
import { t } from "./i18n/i18n";

/** A failed API call, with the server's own `{error}` text when it gave one. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    /** HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const createdWorkshopSchema = z.object({
  workshopId: z.string().min(1),
  joinCode: z.string().min(1),
  facilitatorKey: z.string().min(1),
});
export type CreatedWorkshop = z.infer<typeof createdWorkshopSchema>;

const cofacilitatorLinkSchema = z.object({
  id: z.string().min(1),
  createdAt: z.number(),
  /** Only in the answer that made it. */
  key: z.string().min(1).optional(),
});
export type CofacilitatorLink = z.infer<typeof cofacilitatorLinkSchema>;

const joinInfoSchema = z.object({
  workshopId: z.string().min(1),
  title: z.string(),
  prompt: z.string(),
});
export type JoinInfo = z.infer<typeof joinInfoSchema>;

const registeredSchema = z.object({
  participantId: z.string().min(1),
  participantToken: z.string().min(1),
});
export type Registration = z.infer<typeof registeredSchema>;

const configSchema = z.object({ publicUrl: z.url() });
export type ServerConfig = z.infer<typeof configSchema>;

const contactSchema = z.object({ contact: z.string().nullable() });

const errorBodySchema = z.object({ error: z.string().min(1) });

export interface NewWorkshop {
  title?: string;
  prompt?: string;
  /** A skills map to pick up from (its families and skills are carried over). */
  from?: SkillsMap;
}

export type ExportFormat = "json" | "csv" | "md" | "svg";

/** An exported file: its content and the name the server gave it. */
export interface ExportedFile {
  blob: Blob;
  filename: string;
}

/** The HTTP API (docs/api.md), as the pages use it (pages receive it injected, see services). */
export interface TrocApi {
  createWorkshop(input: NewWorkshop): Promise<CreatedWorkshop>;
  /** The workshop behind a join code, or null when the code is unknown (404). */
  resolveJoinCode(joinCode: string): Promise<JoinInfo | null>;
  registerParticipant(workshopId: string, name: string): Promise<Registration>;
  /** Where join links should point (the server knows PUBLIC_URL and its LAN address). */
  getConfig(): Promise<ServerConfig>;
  /** The contact details this participant left (null: none), with their token. */
  getContact(workshopId: string, participantToken: string): Promise<string | null>;
  /** Sets (a string) or removes (null) this participant's contact details; returns what is kept. */
  saveContact(
    workshopId: string,
    participantToken: string,
    contact: string | null,
  ): Promise<string | null>;
  /** The skills map in a format, with the facilitator key. */
  exportWorkshop(
    workshopId: string,
    facilitatorKey: string,
    format: ExportFormat,
  ): Promise<ExportedFile>;
  /** The workshop's join code and retention dates, with the facilitator key. */
  getWorkshopDetails(workshopId: string, facilitatorKey: string): Promise<WorkshopDetails>;
  /** Deletes the workshop and everything about it, with the facilitator key. */
  deleteWorkshop(workshopId: string, facilitatorKey: string): Promise<void>;
  /** Makes a revocable co-facilitator link's key (the workshop's own key only). */
  createCofacilitatorLink(workshopId: string, facilitatorKey: string): Promise<CofacilitatorLink>;
  /** The workshop's co-facilitator links, oldest first (without their keys). */
  listCofacilitatorLinks(workshopId: string, facilitatorKey: string): Promise<CofacilitatorLink[]>;
  /** Revokes a co-facilitator link: its key stops working, its devices are disconnected. */
  revokeCofacilitatorLink(
    workshopId: string,
    facilitatorKey: string,
    linkId: string,
  ): Promise<void>;
  /** Everything stored about this participant, with their token. */
  getMyData(workshopId: string, participantToken: string): Promise<MyData>;
  /** Erases this participant's notes, marks, contact and identity, with their token. */
  eraseMe(workshopId: string, participantToken: string): Promise<void>;
  /** How long this server keeps contacts and workshops. */
  getPrivacy(): Promise<PrivacyFacts>;
}

async function request(path: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(path, {
      ...init,
      headers: {
        accept: "application/json",
        ...(init.body ? { "content-type": "application/json" } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  } catch {
    throw new ApiError(0, t("errors.network"));
  }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

async function readAnswer<T>(response: Response, status: number, schema: z.ZodType<T>): Promise<T> {
  const body = await readJson(response);
  if (response.status !== status) {
    const error = errorBodySchema.safeParse(body);
    throw new ApiError(
      response.status,
      error.success ? error.data.error : `${t("errors.unexpected")} (${response.status})`,
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(response.status, t("errors.unexpected"));
  return parsed.data;
}

const json = (body: unknown): RequestInit => ({ method: "POST", body: JSON.stringify(body) });
const bearer = (token: string): RequestInit => ({
  headers: { authorization: `Bearer ${token}` },
});
const workshopPath = (workshopId: string, rest = "") =>
  `/api/workshops/${encodeURIComponent(workshopId)}${rest}`;
const contactPath = (workshopId: string) => workshopPath(workshopId, "/contact");

export const httpApi: TrocApi = {
  async createWorkshop(input) {
    return readAnswer(await request("/api/workshops", json(input)), 201, createdWorkshopSchema);
  },
  async resolveJoinCode(joinCode) {
    const response = await request(`/api/join/${encodeURIComponent(joinCode)}`);
    if (response.status === 404) return null;
    return readAnswer(response, 200, joinInfoSchema);
  },
  async registerParticipant(workshopId, name) {
    const path = `/api/workshops/${encodeURIComponent(workshopId)}/participants`;
    return readAnswer(await request(path, json({ name })), 201, registeredSchema);
  },
  async getConfig() {
    return readAnswer(await request("/api/config"), 200, configSchema);
  },
  async getContact(workshopId, participantToken) {
    const response = await request(contactPath(workshopId), bearer(participantToken));
    return (await readAnswer(response, 200, contactSchema)).contact;
  },
  async saveContact(workshopId, participantToken, contact) {
    const init: RequestInit =
      contact === null
        ? { ...bearer(participantToken), method: "DELETE" }
        : { ...bearer(participantToken), method: "PUT", body: JSON.stringify({ contact }) };
    const response = await request(contactPath(workshopId), init);
    return (await readAnswer(response, 200, contactSchema)).contact;
  },
  async exportWorkshop(workshopId, facilitatorKey, format) {
    const path = `/api/workshops/${encodeURIComponent(workshopId)}/export?format=${format}`;
    let response: Response;
    try {
      response = await fetch(path, { headers: { authorization: `Bearer ${facilitatorKey}` } });
    } catch {
      throw new ApiError(0, t("errors.network"));
    }
    if (response.status !== 200) await readAnswer(response, 200, z.never());
    const disposition = response.headers.get("content-disposition") ?? "";
    const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `troc.${format}`;
    return { blob: await response.blob(), filename };
  },
  async getWorkshopDetails(workshopId, facilitatorKey) {
    const response = await request(workshopPath(workshopId), bearer(facilitatorKey));
    return readAnswer(response, 200, workshopDetailsSchema);
  },
  async deleteWorkshop(workshopId, facilitatorKey) {
    const init: RequestInit = { ...bearer(facilitatorKey), method: "DELETE" };
    await readAnswer(await request(workshopPath(workshopId), init), 200, z.unknown());
  },
  async createCofacilitatorLink(workshopId, facilitatorKey) {
    const init: RequestInit = { ...bearer(facilitatorKey), method: "POST" };
    const response = await request(workshopPath(workshopId, "/cofacilitators"), init);
    return readAnswer(response, 201, cofacilitatorLinkSchema);
  },
  async listCofacilitatorLinks(workshopId, facilitatorKey) {
    const path = workshopPath(workshopId, "/cofacilitators");
    const response = await request(path, bearer(facilitatorKey));
    return (await readAnswer(response, 200, z.object({ links: z.array(cofacilitatorLinkSchema) })))
      .links;
  },
  async revokeCofacilitatorLink(workshopId, facilitatorKey, linkId) {
    const path = workshopPath(workshopId, `/cofacilitators/${encodeURIComponent(linkId)}`);
    const init: RequestInit = { ...bearer(facilitatorKey), method: "DELETE" };
    await readAnswer(await request(path, init), 200, z.unknown());
  },
  async getMyData(workshopId, participantToken) {
    const response = await request(workshopPath(workshopId, "/me"), bearer(participantToken));
    return readAnswer(response, 200, myDataSchema);
  },
  async eraseMe(workshopId, participantToken) {
    const init: RequestInit = { ...bearer(participantToken), method: "DELETE" };
    await readAnswer(await request(workshopPath(workshopId, "/me"), init), 200, erasedSchema);
  },
  async getPrivacy() {
    return readAnswer(await request("/api/privacy"), 200, privacySchema);
  },
};
