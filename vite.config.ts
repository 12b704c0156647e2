import react from "@vitejs/plugin-react";
import { compression } from "vite-plugin-compression2";
import { defineConfig } from "vitest/config";
import { precompileMessages } from "./client/build/precompileMessages.ts";
import { slimLogging } from "./client/build/slimLogging.ts";

// One config for the client build and every vitest project, so `npm test` and
// `npm run build` agree on how TypeScript and the workspaces resolve.
export default defineConfig({
  root: "client",
  plugins: [
    precompileMessages(),
    slimLogging(),
    react(),
    // Beside each file, its gzip and Brotli forms: the server sends what the browser accepts.
    compression({ algorithms: ["gzip", "brotliCompress"], exclude: [/\.map$/, /manifest\.json$/] }),
  ],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    // Read by scripts/route-weight.mjs to tell what each route loads.
    manifest: true,
  },
  server: {
    proxy: {
      "/api": "http://localhost:8080",
      "/ws": { target: "ws://localhost:8080", ws: true },
    },
  },
  test: {
    root: ".",
    projects: [
      {
        extends: true,
        test: { name: "shared", root: "shared", environment: "node" },
      },
      {
        extends: true,
        test: { name: "server", root: "server", environment: "node", testTimeout: 20_000 },
      },
      {
        extends: true,
        test: {
          name: "client",
          root: "client",
          environment: "jsdom",
          // Each test waits for what it needs (find*, waitFor, up to 5 s each); on a loaded
          // 2-core machine a whole test can take several of those.
          testTimeout: 20_000,
          setupFiles: ["./src/test/laggyScheduler.ts", "./src/test/setup.ts"],
        },
      },
      {
        // The client suite again with React's scheduler delayed (see laggyScheduler.ts): a
        // test that reads the page before a render or effect has run fails here every time,
        // not one run in twenty on a busy machine.
        extends: true,
        test: {
          name: "client-laggy",
          root: "client",
          environment: "jsdom",
          setupFiles: ["./src/test/laggyScheduler.ts", "./src/test/setup.ts"],
          env: { TROC_LAGGY_SCHEDULER_MS: "50" },
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          root: "e2e",
          environment: "node",
          include: ["tests/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // A page loading, syncing and being acknowledged takes seconds on a loaded machine;
          // expect.poll's default (1 s) failed one run in seven under a parallel `npm test`.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
