import { act, screen } from "@testing-library/react";
import { initWorkshop, startTimer, stopTimer } from "@troc/shared";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { setLanguage } from "../i18n/i18n";
import { renderOnBoard } from "../test/renderOnBoard";
import { Countdown } from "./Countdown";

const T0 = Date.UTC(2026, 10, 20, 18, 0, 0);
const MIN = 60_000;

function workshop(): Y.Doc {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: "Atelier" }, T0);
  return doc;
}

const timer = () => screen.getByRole("timer");

describe("Countdown", () => {
  beforeEach(() => vi.useFakeTimers({ now: T0 }));
  afterEach(() => vi.useRealTimers());

  it("shows nothing while no countdown runs", () => {
    renderOnBoard(<Countdown />, workshop());
    expect(screen.queryByRole("timer")).toBeNull();
  });

  it("counts down each second in mm:ss, with a spoken label", () => {
    const doc = workshop();
    startTimer(doc, 5 * MIN, T0);
    renderOnBoard(<Countdown />, doc);
    expect(timer().textContent).toBe("05:00");
    expect(timer().getAttribute("aria-label")).toBe("Temps restant : 5 min 0 s");
    act(() => vi.advanceTimersByTime(1000));
    expect(timer().textContent).toBe("04:59");
    act(() => vi.advanceTimersByTime(61_000));
    expect(timer().textContent).toBe("03:58");
    expect(timer().getAttribute("aria-label")).toBe("Temps restant : 3 min 58 s");
  });

  it("says « Temps écoulé » when the time is up, and announces it", () => {
    const doc = workshop();
    startTimer(doc, 3 * MIN, T0);
    renderOnBoard(<Countdown />, doc);
    expect(screen.getByRole("status").textContent).toBe("");
    act(() => vi.advanceTimersByTime(3 * MIN - 1000));
    expect(timer().textContent).toBe("00:01");
    act(() => vi.advanceTimersByTime(1000));
    expect(timer().textContent).toBe("Temps écoulé");
    expect(screen.getByRole("status").textContent).toBe("Temps écoulé");
    // No more ticks once it has run out.
    expect(vi.getTimerCount()).toBe(0);
  });

  it("follows the document: a restart, then a stop", () => {
    const doc = workshop();
    startTimer(doc, 10 * MIN, T0);
    renderOnBoard(<Countdown />, doc);
    act(() => vi.advanceTimersByTime(30_000));
    act(() => startTimer(doc, 3 * MIN, Date.now()));
    expect(timer().textContent).toBe("03:00");
    act(() => stopTimer(doc));
    expect(screen.queryByRole("timer")).toBeNull();
  });

  it("never shows more than the duration on a device whose clock lags", () => {
    const doc = workshop();
    // Set on a board whose clock is ten minutes ahead of this phone's.
    startTimer(doc, 5 * MIN, T0 + 10 * MIN);
    renderOnBoard(<Countdown />, doc);
    expect(timer().textContent).toBe("05:00");
  });

  it("speaks English when asked", async () => {
    const doc = workshop();
    startTimer(doc, MIN, T0);
    renderOnBoard(<Countdown />, doc);
    await act(() => setLanguage("en"));
    expect(timer().getAttribute("aria-label")).toBe("Time left: 1 min 0 s");
    act(() => vi.advanceTimersByTime(MIN));
    expect(timer().textContent).toBe("Time's up");
  });
});
