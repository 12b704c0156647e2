import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openSqliteStorage } from "./sqliteStorage";
import { storageContractSuite } from "./storageContract";

storageContractSuite("SQLite", async () =>
  openSqliteStorage(fs.mkdtempSync(path.join(os.tmpdir(), "troc-storage-"))),
);
