// Chromium's own account of the page's main thread while an action runs (a performance trace):
// steadier than frame times on a shared machine, where frames also wait for other processes.
import type { Page } from "playwright-core";

export interface MainThreadWork {
  /** Time in tasks, in ms. */
  busy: number;
  /** Time in the kinds of work that dominate a board, in ms. */
  script: number;
  layout: number;
  paint: number;
  layerize: number;
  /** The longest task, in ms. */
  longest: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

export async function mainThreadWork(page: Page, action: () => Promise<void>) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Tracing.start", {
    categories: "devtools.timeline,disabled-by-default-devtools.timeline",
    transferMode: "ReturnAsStream",
  });
  await action();
  const complete = new Promise<string>((resolve) =>
    cdp.once("Tracing.tracingComplete", (event) => resolve(event.stream ?? "")),
  );
  await cdp.send("Tracing.end");
  const stream = await complete;
  let text = "";
  for (;;) {
    const chunk = await cdp.send("IO.read", { handle: stream });
    text += chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send("IO.close", { handle: stream });
  await cdp.detach();
  const events = (JSON.parse(text) as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThreads = new Set(
    events
      .filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const work: MainThreadWork = { busy: 0, script: 0, layout: 0, paint: 0, layerize: 0, longest: 0 };
  const kinds: Record<string, keyof MainThreadWork> = {
    RunTask: "busy",
    FunctionCall: "script",
    Layout: "layout",
    Paint: "paint",
    Layerize: "layerize",
  };
  // Events of a kind nest (a function calling back into script): count the time they cover.
  const covered = new Map<keyof MainThreadWork, [number, number][]>();
  for (const event of events) {
    if (event.ph !== "X" || !mainThreads.has(`${event.pid}:${event.tid}`)) continue;
    const kind = kinds[event.name];
    if (!kind) continue;
    const spans = covered.get(kind) ?? [];
    spans.push([event.ts, event.ts + (event.dur ?? 0)]);
    covered.set(kind, spans);
    if (kind === "busy") work.longest = Math.max(work.longest, (event.dur ?? 0) / 1000);
  }
  for (const [kind, spans] of covered) {
    spans.sort((a, b) => a[0] - b[0]);
    let end = -Infinity;
    for (const [from, to] of spans) {
      if (to > end) work[kind] += (to - Math.max(from, end)) / 1000;
      end = Math.max(end, to);
    }
  }
  return work;
}

export const describeWork = (w: MainThreadWork): string =>
  `${w.busy.toFixed(0)} ms busy (script ${w.script.toFixed(0)}, layout ${w.layout.toFixed(0)}, paint ${w.paint.toFixed(0)}, layerize ${w.layerize.toFixed(0)}), longest task ${w.longest.toFixed(0)} ms`;
