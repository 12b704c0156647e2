import type { Config } from "../config";
import { coalesceWrites } from "./coalescedWrites";
import { createMemoryStorage } from "./memoryStorage";
import { openSqliteStorage } from "./sqliteStorage";
import type { Storage } from "./storage";

/**
 * The storage the configuration names (`STORAGE`): SQLite under DATA_DIR, the default, or
 * memory (nothing survives a restart: for trying Troc out). Writes made during one turn of the
 * event loop share one commit either way.
 */
export function openStorage(config: Pick<Config, "storage" | "dataDir">): Storage {
  switch (config.storage) {
    case "sqlite":
      return coalesceWrites(openSqliteStorage(config.dataDir));
    case "memory":
      return coalesceWrites(createMemoryStorage());
    default: {
      const unknown: never = config.storage;
      throw new Error(`unknown storage ${String(unknown)}`);
    }
  }
}
