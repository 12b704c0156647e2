import { act, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { awarenessPeers } from "../test/awarenessPeers";
import { participantUser, publishDragging, publishPointer, publishUser } from "./presence";
import { usePresence } from "./usePresence";

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function room(count: number) {
  const net = awarenessPeers(count);
  cleanup = net.destroy;
  const [board, ...others] = net.peers;
  if (!board) throw new Error("no board");
  publishUser(board, { role: "facilitator", color: "#1d4ed8" });
  return { ...net, board, others };
}

describe("usePresence", () => {
  it("follows phones arriving and leaving", () => {
    const { board, others, leave } = room(3);
    const { result } = renderHook(() => usePresence(board));
    expect(result.current.participants).toBe(0);
    act(() => {
      if (others[0]) publishUser(others[0], participantUser("Ana"));
      if (others[1]) publishUser(others[1], participantUser("Sam"));
    });
    expect(result.current.participants).toBe(2);
    expect([...result.current.names].sort()).toEqual(["Ana", "Sam"]);
    act(() => leave(1));
    expect(result.current.participants).toBe(1);
    expect(result.current.names).toEqual(["Sam"]);
  });

  it("follows another board's pointer and drag, keeping the participants' list as it was", () => {
    const { board, others } = room(3);
    const [ana, coFacilitator] = others;
    if (!ana || !coFacilitator) throw new Error("peers");
    act(() => {
      publishUser(ana, participantUser("Ana"));
      publishUser(coFacilitator, { role: "facilitator", color: "#be123c" });
    });
    const { result } = renderHook(() => usePresence(board));
    const names = result.current.names;
    act(() => publishPointer(coFacilitator, { x: 40, y: 80 }));
    expect(result.current.facilitators).toEqual([
      {
        clientId: coFacilitator.clientID,
        color: "#be123c",
        pointer: { x: 40, y: 80 },
        draggingCount: 0,
      },
    ]);
    act(() => publishDragging(coFacilitator, ["n1", "n2"]));
    expect(result.current.facilitators[0]).toMatchObject({
      dragging: ["n1", "n2"],
      draggingCount: 2,
    });
    act(() => publishPointer(coFacilitator, null));
    expect(result.current.facilitators[0]?.pointer).toBeUndefined();
    expect(result.current.names).toBe(names);
  });

  it("never counts this client, whatever it publishes", () => {
    const { board } = room(1);
    const { result } = renderHook(() => usePresence(board));
    act(() => publishPointer(board, { x: 1, y: 1 }));
    expect(result.current).toEqual({ participants: 0, names: [], facilitators: [] });
  });

  it("is empty without awareness", () => {
    const { result } = renderHook(() => usePresence(null));
    expect(result.current.participants).toBe(0);
  });
});
