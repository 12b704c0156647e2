import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { createPointerPublisher, throttle } from "./throttle";

describe("throttle", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("calls at once, then once per window with the latest arguments", () => {
    const calls: number[] = [];
    const f = throttle((n: number) => calls.push(n), 100);
    f(1);
    f(2);
    f(3);
    expect(calls).toEqual([1]);
    vi.advanceTimersByTime(100);
    expect(calls).toEqual([1, 3]);
    vi.advanceTimersByTime(100);
    f(4);
    expect(calls).toEqual([1, 3, 4]);
  });

  it("flushes or cancels what is waiting", () => {
    const calls: number[] = [];
    const f = throttle((n: number) => calls.push(n), 100);
    f(1);
    f(2);
    f.flush();
    expect(calls).toEqual([1, 2]);
    f(3);
    f.cancel();
    vi.advanceTimersByTime(500);
    expect(calls).toEqual([1, 2]);
  });
});

describe("createPointerPublisher", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("sends ten positions a second at most, and leaving the canvas at once", () => {
    const awareness = new Awareness(new Y.Doc());
    const sent: unknown[] = [];
    awareness.on("change", () => sent.push(awareness.getLocalState()?.pointer));
    const publish = createPointerPublisher(awareness);
    for (let x = 0; x < 50; x++) {
      publish({ x, y: 0 });
      vi.advanceTimersByTime(10);
    }
    expect(sent.length).toBeLessThanOrEqual(6);
    expect(sent.length).toBeGreaterThanOrEqual(4);
    publish({ x: 99, y: 0 });
    publish(null);
    vi.advanceTimersByTime(500);
    expect(awareness.getLocalState()?.pointer).toBeNull();
    awareness.destroy();
  });
});
