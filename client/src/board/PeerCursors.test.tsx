import { act, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { BoardAwarenessProvider } from "../sync/AwarenessContext";
import { participantUser, publishDragging, publishPointer, publishUser } from "../sync/presence";
import { awarenessPeers } from "../test/awarenessPeers";
import { PeerCursors } from "./PeerCursors";

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

/** A viewport zoomed ×2 and panned by (10, 20). */
const toScreen = (x: number, y: number) => ({ left: x * 2 + 10, top: y * 2 + 20 });

function setup() {
  const net = awarenessPeers(3);
  cleanup = net.destroy;
  const [board, other, phone] = net.peers;
  if (!board || !other || !phone) throw new Error("three peers");
  const view = render(
    <BoardAwarenessProvider awareness={board}>
      <PeerCursors toScreen={toScreen} />
    </BoardAwarenessProvider>,
  );
  return { board, other, phone, view };
}

const cursors = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>(".peer-cursor")];

describe("PeerCursors", () => {
  it("draws another board's pointer where the canvas puts it, in its colour", () => {
    const { other, view } = setup();
    act(() => {
      publishUser(other, { role: "facilitator", color: "#be123c" });
      publishPointer(other, { x: 100, y: 50 });
    });
    const [cursor] = cursors(view.container);
    expect(cursor?.style.transform).toBe("translate(210px, 120px)");
    expect(cursor?.style.color).toBe("rgb(190, 18, 60)");
    act(() => publishPointer(other, { x: 0, y: 0 }));
    expect(cursors(view.container)[0]?.style.transform).toBe("translate(10px, 20px)");
  });

  it("says what it drags, then forgets the pointer when it leaves the canvas", () => {
    const { other, view } = setup();
    act(() => {
      publishUser(other, { role: "facilitator", color: "#be123c" });
      publishPointer(other, { x: 1, y: 1 });
      publishDragging(other, ["n1", "n2"]);
    });
    expect(view.container.textContent).toContain("déplace 2 post-its");
    act(() => publishDragging(other, []));
    expect(view.container.textContent).not.toContain("déplace");
    act(() => publishPointer(other, null));
    expect(cursors(view.container)).toHaveLength(0);
  });

  it("never draws this board's own pointer, nor a participant's", () => {
    const { board, phone, view } = setup();
    act(() => {
      publishPointer(board, { x: 5, y: 5 });
      publishUser(phone, participantUser("Ana"));
      publishPointer(phone, { x: 5, y: 5 });
    });
    expect(cursors(view.container)).toHaveLength(0);
  });
});
