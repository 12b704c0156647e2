import { act, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { setLanguage } from "../i18n/i18n";
import { BoardAwarenessProvider } from "../sync/AwarenessContext";
import { participantUser, publishUser } from "../sync/presence";
import { awarenessPeers } from "../test/awarenessPeers";
import { PresenceCount } from "./PresenceCount";

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function setup(count: number) {
  const net = awarenessPeers(count);
  cleanup = net.destroy;
  const [board, ...others] = net.peers;
  if (!board) throw new Error("no board");
  render(
    <BoardAwarenessProvider awareness={board}>
      <PresenceCount />
    </BoardAwarenessProvider>,
  );
  return { board, others, leave: net.leave };
}

const shown = () => document.querySelector(".presence-count")?.textContent;

describe("PresenceCount", () => {
  it("counts connected participants, in French by default", () => {
    const { others, leave } = setup(4);
    expect(shown()).toBe("Aucun participant connecté");
    act(() => {
      const [ana, sam, lea] = others;
      if (ana) publishUser(ana, participantUser("Ana"));
      if (sam) publishUser(sam, participantUser("Sam"));
      if (lea) publishUser(lea, participantUser("Léa"));
    });
    expect(shown()).toBe("3 participants connectés");
    act(() => {
      leave(1);
      leave(2);
    });
    expect(shown()).toBe("1 participant connecté");
  });

  it("says when other boards are open too", async () => {
    const { others } = setup(3);
    act(() => {
      if (others[0]) publishUser(others[0], participantUser("Ana"));
      if (others[1]) publishUser(others[1], { role: "facilitator", color: "#047857" });
    });
    expect(shown()).toBe("1 participant connecté et 1 autre animateur");
    await act(() => setLanguage("en"));
    expect(screen.getByText("1 participant connected and 1 other facilitator")).toBeTruthy();
  });

  it("tells the others this board is a facilitator's, with a colour", () => {
    const { board, others } = setup(2);
    const seen = others[0]?.getStates().get(board.clientID);
    expect(seen).toMatchObject({
      user: { role: "facilitator", color: expect.stringMatching(/^#/) },
    });
  });
});
