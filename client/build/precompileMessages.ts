// A Vite build plugin: the message catalogues (client/src/i18n/*.ts) reach the bundle already
// compiled by Lingui, so pages ship no ICU message compiler (6 KB of the phone's gzipped
// JavaScript). Tests and the dev server compile at start-up instead (i18n.ts).
import { compileMessage } from "@lingui/message-utils/compileMessage";
import { transform } from "esbuild";
import type { Plugin } from "vite";

const CATALOGUE = /\/client\/src\/i18n\/(?:\w+\.)?(?:fr|en)\.ts$/;

export function precompileMessages(): Plugin {
  return {
    name: "troc:precompile-messages",
    apply: "build",
    enforce: "pre",
    async transform(code, id) {
      if (!CATALOGUE.test(id)) return null;
      // A catalogue is one exported object of strings (its imports are types only).
      const { code: js } = await transform(code, { loader: "ts", format: "esm" });
      const module: Record<string, Record<string, string>> = await import(
        `data:text/javascript;base64,${Buffer.from(js).toString("base64")}`
      );
      const exports = Object.entries(module).map(
        ([name, messages]) =>
          `export const ${name} = ${JSON.stringify(
            Object.fromEntries(
              Object.entries(messages).map(([key, message]) => [key, compileMessage(message)]),
            ),
          )};`,
      );
      return { code: exports.join("\n"), map: null };
    },
  };
}
