import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** The server's Prometheus metrics, one registry per server (tests run several at once). */
export function createMetrics(loadedRooms: () => number) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "troc_" });
  return {
    registry,
    connections: new Gauge({
      name: "troc_connections",
      help: "Open WebSocket connections",
      registers: [registry],
    }),
    rooms: new Gauge({
      name: "troc_rooms_loaded",
      help: "Workshops whose document is in memory",
      registers: [registry],
      collect() {
        this.set(loadedRooms());
      },
    }),
    updatesAccepted: new Counter({
      name: "troc_updates_accepted_total",
      help: "Yjs updates stored and relayed",
      registers: [registry],
    }),
    updatesRefused: new Counter({
      name: "troc_updates_refused_total",
      help: "Yjs updates refused, by rule",
      labelNames: ["reason"] as const,
      registers: [registry],
    }),
    roomsDamaged: new Counter({
      name: "troc_rooms_damaged_total",
      help: "Workshops loaded read-only because part of what storage holds could not be read",
      registers: [registry],
    }),
    roomsFailed: new Counter({
      name: "troc_rooms_failed_total",
      help: "Rooms dropped and reloaded because storing failed or an update could not be applied",
      registers: [registry],
    }),
    purged: new Counter({
      name: "troc_purged_total",
      help: "Data erased: workshops deleted, participants erased, contact details purged",
      labelNames: ["what"] as const,
      registers: [registry],
    }),
    socketsClosed: new Counter({
      name: "troc_sockets_closed_by_server_total",
      help: "Sockets the server closed, by close code",
      labelNames: ["code"] as const,
      registers: [registry],
    }),
    bytesIn: new Counter({
      name: "troc_ws_bytes_in_total",
      help: "WebSocket bytes received",
      registers: [registry],
    }),
    bytesOut: new Counter({
      name: "troc_ws_bytes_out_total",
      help: "WebSocket bytes sent",
      registers: [registry],
    }),
    storageWrite: new Histogram({
      name: "troc_storage_write_seconds",
      help: "Time to store one batch of updates durably",
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5],
      registers: [registry],
    }),
    relay: new Histogram({
      name: "troc_relay_seconds",
      help: "From receiving an update to relaying it (includes storing)",
      buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
