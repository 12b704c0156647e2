// A Vite build plugin: yjs's console messages go through a small stand-in for lib0/logging
// (lib0Logging.ts) instead of lib0's module and what it loads. Tests keep lib0's own.
import type { Plugin } from "vite";

const STAND_IN = new URL("./lib0Logging.ts", import.meta.url).pathname;

export function slimLogging(): Plugin {
  return {
    name: "troc:slim-logging",
    apply: "build",
    enforce: "pre",
    resolveId: (source) => (source === "lib0/logging" ? STAND_IN : null),
  };
}
