/**
 * A hunting aid for tests that read the page synchronously after an action. React schedules
 * renders and passive effects (where useSyncExternalStore subscribes to the store) through
 * setImmediate; on a loaded machine those run late, and a test that does not wait for them
 * fails one run in N. Delaying them on purpose makes such tests fail every time:
 *
 *   TROC_LAGGY_SCHEDULER_MS=100 npx vitest run --project client
 *
 * A setup file of its own, listed first: React's scheduler keeps the setImmediate it finds
 * when first imported, so this must run before anything imports React.
 */
const lagMs = Number(process.env.TROC_LAGGY_SCHEDULER_MS ?? 0);
if (lagMs > 0) {
  // A late callback may outlive its test file's page: then there is nothing left to render.
  const delayed = (callback: (...args: unknown[]) => void, ...args: unknown[]) =>
    setTimeout(() => {
      if (typeof window !== "undefined") callback(...args);
    }, lagMs);
  globalThis.setImmediate = delayed as unknown as typeof setImmediate;
}
