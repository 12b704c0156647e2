import type { Lifecycle } from "./lifecycle";
import type { Logger } from "./log";
import type { Metrics } from "./metrics";
import type { Storage } from "./storage/storage";

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionPolicy {
  /** Days without activity after which a workshop's contact details are erased. */
  contactDays: number;
  /** Days without activity after which a whole workshop is deleted. */
  workshopDays: number;
}

/** When a workshop's contacts, then the workshop itself, will be erased if nothing happens. */
export function retentionDates(lastActivity: number, policy: RetentionPolicy) {
  return {
    contactsUntil: lastActivity + policy.contactDays * DAY_MS,
    workshopUntil: lastActivity + policy.workshopDays * DAY_MS,
  };
}

/**
 * The server's own purge: every `everyMs` (and once at start), erases the contact details of
 * workshops idle for `contactDays`, then deletes workshops idle for `workshopDays`, with a log
 * line and a metric for each. `now` is the clock (a test's fake one).
 */
export function startRetention(deps: {
  storage: Storage;
  lifecycle: Lifecycle;
  log: Logger;
  metrics: Metrics;
  policy: RetentionPolicy;
  everyMs: number;
  now: () => number;
}): { sweep(): Promise<void>; stop(): void } {
  const sweep = async (): Promise<void> => {
    const now = deps.now();
    for (const workshopId of await deps.storage.inactiveSince(
      now - deps.policy.contactDays * DAY_MS,
    )) {
      const count = await deps.storage.purgeContacts(workshopId);
      if (count === 0) continue;
      deps.metrics.purged.inc({ what: "contact" }, count);
      deps.log.info({ workshopId, count }, "contact details erased after the retention period");
    }
    const idle = await deps.storage.inactiveSince(now - deps.policy.workshopDays * DAY_MS);
    for (const workshopId of idle) await deps.lifecycle.deleteWorkshop(workshopId, "retention");
  };
  let running: Promise<void> = Promise.resolve();
  const run = (): void => {
    running = running
      .then(sweep)
      .catch((err: unknown) => deps.log.error({ err }, "retention sweep failed"));
  };
  const timer = setInterval(run, deps.everyMs);
  timer.unref();
  run();
  return {
    sweep: () => {
      run();
      return running;
    },
    stop: () => clearInterval(timer),
  };
}
