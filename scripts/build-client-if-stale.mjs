// Builds the client only when its inputs changed since the last build, so a second
// `npm start` starts at once. The stamp is a hash of every input file's path and content.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const distDir = path.join(root, "client/dist");
const stampFile = path.join(distDir, ".build-stamp");
const inputs = ["client", "shared/src", "vite.config.ts", "package-lock.json"];
const skip = new Set(["node_modules", "dist"]);

function* files(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return;
  if (fs.statSync(full).isFile()) {
    yield entry;
    return;
  }
  for (const name of fs.readdirSync(full).sort()) {
    if (skip.has(name) || /\.test\.tsx?$/.test(name)) continue;
    yield* files(path.join(entry, name));
  }
}

const hash = createHash("sha256");
for (const input of inputs) {
  for (const file of files(input)) {
    hash.update(file);
    hash.update(fs.readFileSync(path.join(root, file)));
  }
}
const stamp = hash.digest("hex");
const current = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, "utf8") : "";

if (current === stamp && fs.existsSync(path.join(distDir, "index.html"))) {
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
