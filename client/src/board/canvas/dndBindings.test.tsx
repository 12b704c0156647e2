import { DndContext } from "@dnd-kit/core";
import { act, render, screen } from "@testing-library/react";
import type { FamilyRecord } from "@troc/shared";
import { describe, expect, it } from "vitest";
import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";
import { CanvasProvider, useCanvas } from "./CanvasContext";
import { BoardDndBindings, createDndBindings, useDropBinding } from "./dndBindings";
import { createNoteFilterStore } from "./NoteFilter";
import { createArmedNoteStore } from "./noteDrag";
import { createSelectionStore } from "./selection";

const family = (id: string): FamilyRecord => ({
  id,
  name: id,
  color: "teal",
  order: 0,
  createdAt: 0,
});

/** What the store holds, read from outside DndContext as the board does. */
function Bound() {
  const { dnd } = useCanvas();
  const drops = useStore(dnd, (state) => [...state.drops.keys()].sort().join(" "));
  const drags = useStore(dnd, (state) => [...state.drags.keys()].sort().join(" "));
  const pool = useDropBinding("pool");
  return (
    <>
      <p data-testid="drops">{drops}</p>
      <p data-testid="drags">{drags}</p>
      <p data-testid="pool">{pool ? `pool over: ${pool.isOver}` : "pool unbound"}</p>
    </>
  );
}

function setUp() {
  const services = {
    selection: createSelectionStore(),
    noteFilter: createNoteFilterStore(),
    armedNote: createArmedNoteStore(),
    dnd: createDndBindings(),
    openNote: () => {},
    focusPicker: () => {},
    takeTyped: () => "",
    revealFamily: () => {},
    revealing: createStore<{ familyId: string | null }>()(() => ({ familyId: null })),
  };
  const ui = (families: FamilyRecord[], newFamilyZone: boolean) => (
    <CanvasProvider value={services}>
      <DndContext>
        <BoardDndBindings families={families} newFamilyZone={newFamilyZone} />
      </DndContext>
      <Bound />
    </CanvasProvider>
  );
  return { services, ui };
}

describe("the board's dnd-kit bindings (the board is drawn outside DndContext)", () => {
  it("binds the pool and each family, as a drop target and a draggable card", async () => {
    const { ui } = setUp();
    render(ui([family("a"), family("b")], false));
    await screen.findByText("family:a family:b pool");
    expect(screen.getByTestId("drags").textContent).toBe("cluster:a cluster:b");
    expect(screen.getByTestId("pool").textContent).toBe("pool over: false");
  });

  it("binds the armed note only, and follows it when another is armed", async () => {
    const { services, ui } = setUp();
    render(ui([family("a")], false));
    await screen.findByText("cluster:a");
    act(() => services.armedNote.setState({ id: "n1" }));
    await screen.findByText("cluster:a note:n1");
    act(() => services.armedNote.setState({ id: "n2" }));
    await screen.findByText("cluster:a note:n2");
  });

  it("binds the new-family corner only while asked, and lets go of a family that is gone", async () => {
    const { ui } = setUp();
    const view = render(ui([family("a"), family("b")], false));
    view.rerender(ui([family("a")], true));
    await screen.findByText("family:a new-family pool");
    expect(screen.getByTestId("drags").textContent).toBe("cluster:a");
    view.rerender(ui([family("a")], false));
    await screen.findByText("family:a pool");
  });
});
