// Builds the client (Vite) only when its inputs changed since the last build.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildState, root } from "./buildStamp.mjs";

const distDir = path.join(root, "client/dist");
const stampFile = path.join(distDir, ".build-stamp");
const inputs = ["client", "shared/src", "vite.config.ts", "package-lock.json"];
const { stamp, fresh } = buildState(inputs, stampFile, path.join(distDir, "index.html"));

if (fresh) {
  console.log("Client is up to date (client/dist).");
} else {
  console.log("Building the client…");
  const vite = path.join(root, "node_modules/vite/bin/vite.js");
  const result = spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(stampFile, stamp);
  console.log("Client built.");
}
