// A build is stale when the hash of its inputs (every file's path and content) differs from
// the stamp its last build left: a second `npm start` then starts at once.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");
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

/** The stamp of `inputs` (paths relative to the repository), and whether `output` is built from them. */
export function buildState(inputs, stampFile, output) {
  const hash = createHash("sha256");
  for (const input of inputs) {
    for (const file of files(input)) {
      hash.update(file);
      hash.update(fs.readFileSync(path.join(root, file)));
    }
  }
  const stamp = hash.digest("hex");
  const current = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, "utf8") : "";
  return { stamp, fresh: current === stamp && fs.existsSync(output) };
}
