import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { initWorkshop, readMeta, readTimer } from "@troc/shared";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { Countdown } from "../components/Countdown";
import { renderOnBoard } from "../test/renderOnBoard";
import { TimerControl } from "./TimerControl";

const T0 = Date.UTC(2026, 10, 20, 18, 0, 0);

function workshop(): Y.Doc {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: "Atelier" }, T0);
  return doc;
}

describe("TimerControl", () => {
  beforeEach(() => vi.useFakeTimers({ now: T0, toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());

  it.each([
    ["Lancer un minuteur de 3 min", 3],
    ["Lancer un minuteur de 5 min", 5],
    ["Lancer un minuteur de 10 min", 10],
  ])("%s writes the countdown into the document", async (label, minutes) => {
    const { doc } = renderOnBoard(<TimerControl />, workshop());
    await userEvent.setup().click(screen.getByRole("button", { name: label }));
    expect(readMeta(doc)).toMatchObject({
      timerEndsAt: T0 + minutes * 60_000,
      timerDurationMs: minutes * 60_000,
    });
  });

  it("stops the countdown, which disappears from the board", async () => {
    const user = userEvent.setup();
    const { doc } = renderOnBoard(
      <>
        <TimerControl />
        <Countdown size="board" />
      </>,
      workshop(),
    );
    const stop = screen.getByRole("button", { name: "Arrêter le minuteur" });
    expect(stop).toHaveProperty("disabled", true);
    await user.click(screen.getByRole("button", { name: "Lancer un minuteur de 5 min" }));
    expect(screen.getByRole("timer").textContent).toBe("05:00");
    expect(stop).toHaveProperty("disabled", false);
    await user.click(stop);
    expect(readTimer(doc, Date.now())).toBeNull();
    expect(screen.queryByRole("timer")).toBeNull();
  });

  it("adds a minute to the running countdown", async () => {
    const user = userEvent.setup();
    renderOnBoard(
      <>
        <TimerControl />
        <Countdown size="board" />
      </>,
      workshop(),
    );
    const extend = screen.getByRole("button", { name: "Ajouter 1 min au minuteur" });
    expect(extend).toHaveProperty("disabled", true);
    await user.click(screen.getByRole("button", { name: "Lancer un minuteur de 3 min" }));
    await user.click(extend);
    expect(screen.getByRole("timer").textContent).toBe("04:00");
  });

  it("waits for the document before offering to start", () => {
    renderOnBoard(<TimerControl />, new Y.Doc());
    expect(screen.getByRole("button", { name: "Lancer un minuteur de 3 min" })).toHaveProperty(
      "disabled",
      true,
    );
  });
});
