// Reads vitest's console output on stdin, echoes it, and ends with one line
// "N passed, N failed" summed over every vitest run in it (unit and e2e).
import { createInterface } from "node:readline";

let passed = 0;
let failed = 0;
let failedFiles = 0;
const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  console.log(line);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colour codes
  const plain = line.replace(/\x1b\[[0-9;]*m/g, "");
  if (/^\s*Test Files\s/.test(plain)) {
    // A file that fails to load has no test to count: count the file itself.
    failedFiles += Number(/(\d+) failed/.exec(plain)?.[1] ?? 0);
  }
  // Errors outside any test (an unhandled rejection, a crash after a file ended) fail the run.
  const errors = /^\s*Errors\s+(\d+) error/.exec(plain);
  if (errors) failed += Number(errors[1]);
  if (!/^\s*Tests\s/.test(plain)) continue;
  passed += Number(/(\d+) passed/.exec(plain)?.[1] ?? 0);
  const failedTests = Number(/(\d+) failed/.exec(plain)?.[1] ?? 0);
  failed += Math.max(failedTests, failedFiles);
  failedFiles = 0;
}
console.log(`${passed} passed, ${failed} failed`);
