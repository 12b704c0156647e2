import path from "node:path";
import { z } from "zod";
import type { ConnectionLimits } from "./rooms/connection";

const port = z.coerce.number().int().min(0).max(65_535);
const positiveInt = z.coerce.number().int().positive();

const envSchema = z.object({
  PORT: port.default(8080),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  STORAGE: z.enum(["sqlite", "memory"]).default("sqlite"),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  CLIENT_DIR: z.string().min(1).optional(),
  ROOM_UNLOAD_GRACE_MS: positiveInt.default(30_000),
  COMPACT_EVERY_UPDATES: positiveInt.default(500),
  MAX_BODY_BYTES: positiveInt.default(64 * 1024),
  IMPORT_MAX_BYTES: positiveInt.default(8 * 1024 * 1024),
  WS_MAX_MESSAGE_BYTES: positiveInt.default(1024 * 1024),
  WS_MESSAGES_PER_SECOND: positiveInt.default(50),
  WS_MESSAGE_BURST: positiveInt.default(300),
  WS_MAX_BUFFERED_BYTES: positiveInt.default(8 * 1024 * 1024),
  WS_PING_INTERVAL_MS: positiveInt.default(30_000),
  AWARENESS_MAX_BYTES: positiveInt.default(4096),
  NOTES_PER_PARTICIPANT: positiveInt.default(200),
  JOIN_LOOKUPS_PER_MINUTE: positiveInt.default(30),
  WS_SYNC_REQUESTS_PER_MINUTE: positiveInt.default(6),
  WS_SOCKETS_PER_TOKEN: positiveInt.default(8),
  REGISTRATIONS_PER_MINUTE: positiveInt.default(120),
  WORKSHOPS_PER_HOUR: positiveInt.default(30),
  METRICS_TOKEN: z.string().min(16).optional(),
  CONTACT_RETENTION_DAYS: positiveInt.default(90),
  WORKSHOP_RETENTION_DAYS: positiveInt.default(365),
  RETENTION_SWEEP_MS: positiveInt.default(60 * 60 * 1000),
  TRUST_PROXY: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
});

/** The server's settings, read once from the environment at start-up. */
export interface Config {
  port: number;
  host: string;
  /** Absolute folder holding the SQLite database. */
  dataDir: string;
  /** Where documents and records are kept: SQLite (durable, the default) or memory. */
  storage: "sqlite" | "memory";
  /** Base URL that QR codes and join links point at; undefined means "from the request". */
  publicUrl: string | undefined;
  logLevel: string;
  /** Folder of the built client (`vite build` output). */
  clientDir: string;
  /** How long a room with no connection stays in memory. */
  roomUnloadGraceMs: number;
  /** Stored updates after which a room's document is compacted into one snapshot. */
  compactEveryUpdates: number;
  maxBodyBytes: number;
  /** Largest workshop-creation body, which may carry a skills map to import. */
  maxImportBytes: number;
  /** Per-socket limits (see ConnectionLimits). */
  socket: ConnectionLimits;
  pingIntervalMs: number;
  notesPerParticipant: number;
  /** Join-code look-ups allowed per client address per minute (a burst of as many). */
  joinLookupsPerMinute: number;
  /** Open sockets one token (a facilitator key or a participant token) may hold at once. */
  socketsPerToken: number;
  /** Participant registrations per client address per minute (a burst of as many). */
  registrationsPerMinute: number;
  /** Workshop creations per client address per hour (a burst of as many). */
  workshopsPerHour: number;
  /** Bearer token that opens /metrics; without one, only loopback may read it. */
  metricsToken: string | undefined;
  /** Days of inactivity after which contacts, then whole workshops, are erased. */
  retention: { contactDays: number; workshopDays: number };
  /** How often the server looks for data past its retention period. */
  retentionSweepMs: number;
  /** Whether X-Forwarded-For names the client (only behind a proxy you run). */
  trustProxy: boolean;
}

const repoRoot = path.resolve(import.meta.dirname, "../..");

/** Parses the environment; throws with every bad variable named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Bad configuration: ${problems.join("; ")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    storage: e.STORAGE,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ""),
    logLevel: e.LOG_LEVEL,
    clientDir: path.resolve(e.CLIENT_DIR ?? path.join(repoRoot, "client/dist")),
    roomUnloadGraceMs: e.ROOM_UNLOAD_GRACE_MS,
    compactEveryUpdates: e.COMPACT_EVERY_UPDATES,
    maxBodyBytes: e.MAX_BODY_BYTES,
    maxImportBytes: e.IMPORT_MAX_BYTES,
    socket: {
      maxMessageBytes: e.WS_MAX_MESSAGE_BYTES,
      messagesPerSecond: e.WS_MESSAGES_PER_SECOND,
      messageBurst: e.WS_MESSAGE_BURST,
      maxBufferedBytes: e.WS_MAX_BUFFERED_BYTES,
      maxAwarenessBytes: e.AWARENESS_MAX_BYTES,
      syncRequestsPerMinute: e.WS_SYNC_REQUESTS_PER_MINUTE,
    },
    pingIntervalMs: e.WS_PING_INTERVAL_MS,
    notesPerParticipant: e.NOTES_PER_PARTICIPANT,
    joinLookupsPerMinute: e.JOIN_LOOKUPS_PER_MINUTE,
    socketsPerToken: e.WS_SOCKETS_PER_TOKEN,
    registrationsPerMinute: e.REGISTRATIONS_PER_MINUTE,
    workshopsPerHour: e.WORKSHOPS_PER_HOUR,
    metricsToken: e.METRICS_TOKEN,
    retention: { contactDays: e.CONTACT_RETENTION_DAYS, workshopDays: e.WORKSHOP_RETENTION_DAYS },
    retentionSweepMs: e.RETENTION_SWEEP_MS,
    trustProxy: e.TRUST_PROXY,
  };
}
