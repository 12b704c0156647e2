import type {
  CollisionDetection,
  DragEndEvent,
  DragOverEvent,
  DragStartEvent,
} from "@dnd-kit/core";
import {
  closestCenter,
  DndContext,
  DragOverlay,
  getClientRect,
  KeyboardCode,
  KeyboardSensor,
  MeasuringStrategy,
  MouseSensor,
  pointerWithin,
  TouchSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import type { FamilyRecord } from "@troc/shared";
import type { ReactNode } from "react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useStore } from "zustand";
import { useT } from "../../i18n/i18n";
import { useBoard, useBoardStore } from "../../store/BoardStoreContext";
import { selectLoaded } from "../../store/selectors";
import { useDoc } from "../DocContext";
import { PeerCursors } from "../PeerCursors";
import { boardAnnouncements } from "./announcements";
import { applyDrop } from "./applyDrop";
import { CanvasAutoPan } from "./CanvasAutoPan";
import { useCanvas } from "./CanvasContext";
import { CanvasToolbar } from "./CanvasToolbar";
import { DragPreview } from "./DragPreview";
import { drawsTiles, TILES_BELOW_SCALE } from "./detail";
import { BoardDndBindings } from "./dndBindings";
import type { Dragged } from "./dragIds";
import { parseDragged, parseTarget } from "./dragIds";
import { carriedNotes, planDrop } from "./dropPlan";
import { FamilyCluster } from "./FamilyCluster";
import { jumpBetweenTargets } from "./keyboardCoordinates";
import { bestLayout, estimateHeight, newColumnMemory } from "./layout";
import type { MergeRequest } from "./MergeConfirm";
import { MergeConfirm } from "./MergeConfirm";
import { NewFamilyZone } from "./NewFamilyZone";
import { PoolPanel } from "./PoolPanel";
import { ReferenceFamilies } from "./ReferenceFamilies";
import { headerHeightOf, tilesHeightOf } from "./tilesHeight";
import { useCanvasPresence } from "./useCanvasPresence";
import { useElementSize } from "./useElementSize";
import { useKeyboardFocusInView } from "./useKeyboardFocusInView";
import { usePrinting } from "./usePrinting";
import { useRubberBand } from "./useRubberBand";
import { useToolsBand } from "./useToolsBand";
import { useViewport } from "./useViewport";
import type { Rect, Viewport } from "./viewport";
import { boundsOf, fitTo, IDENTITY, panBy, showRect } from "./viewport";
import "./canvas.css";

// The pointer decides for mouse and touch; the keyboard has no pointer, so its dragged
// note's rect goes to the nearest target (the keyboard getter centres it on one).
const collisions: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : closestCenter(args);

// Clusters are placed with a CSS transform, which dnd-kit's default measuring discounts (it
// expects sortable items shifted while dragging): measure where they really are.
const MEASURING = {
  draggable: { measure: getClientRect },
  droppable: { measure: getClientRect, strategy: MeasuringStrategy.WhileDragging },
};

/** Past dnd-kit's 50 ms of swallowed clicks after a drop. */
const MERGE_ASK_DELAY_MS = 60;

/** The facilitator's canvas: the pool, the family clusters, drag and drop, pan and zoom. */
export function BoardCanvas({
  overlay,
  poolFooter,
}: {
  overlay?: ReactNode;
  poolFooter?: ReactNode;
}) {
  const t = useT();
  const doc = useDoc();
  const store = useBoardStore();
  const { selection, revealFamily, revealing } = useCanvas();
  const families = useBoard((state) => state.families);
  const loaded = useBoard(selectLoaded);
  const viewportRef = useRef<HTMLDivElement>(null);
  const { view, setView, pointerDown, pointerMove, pointerUp } = useViewport(viewportRef);
  const band = useRubberBand(viewportRef, selection);
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(new Map());
  const [dragged, setDragged] = useState<Dragged | null>(null);
  const [overFamily, setOverFamily] = useState<string | null>(null);
  const [mergeAsked, setMergeAsked] = useState<MergeRequest | null>(null);

  const onHeight = useCallback((familyId: string, height: number) => {
    setHeights((current) =>
      current.get(familyId) === height ? current : new Map(current).set(familyId, height),
    );
  }, []);
  const size = useElementSize(viewportRef);
  const toolsRef = useRef<HTMLDivElement>(null);
  const toolsBand = useToolsBand(toolsRef);
  // Frozen once the board is first drawn fitted: from then on each family keeps its column.
  const columns = useRef(newColumnMemory(false));
  const fitted = useRef(false);
  const rects = useMemo(() => {
    const state = store.getState();
    const heightOf = new Map(
      families.map((family) => [
        family.id,
        heights.get(family.id) ??
          estimateHeight(headerHeightOf(family.name), tilesHeightOf(family.id, t)(state)),
      ]),
    );
    return bestLayout(
      families,
      (id) => heightOf.get(id) ?? 0,
      size.width,
      size.height,
      columns.current,
    );
  }, [families, heights, store, size, t]);

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    // A short hold tells a drag from a scroll of the pool on touch screens.
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 8 } }),
    // Enter is the note's "select and pick a family" key (CanvasNote); Space drags.
    useSensor(KeyboardSensor, {
      coordinateGetter: jumpBetweenTargets,
      keyboardCodes: {
        start: [KeyboardCode.Space],
        cancel: [KeyboardCode.Esc],
        end: [KeyboardCode.Space, KeyboardCode.Enter],
      },
    }),
  );
  const accessibility = useMemo(
    () => boardAnnouncements(t, store.getState, () => selection.getState().ids),
    [t, store, selection],
  );

  // The view « Tout voir » last gave, and the canvas's size then (as useElementSize measures it).
  const fittedView = useRef<{
    view: Viewport;
    width: number;
    height: number;
    toolsBand: number;
  } | null>(null);
  /** Shows every cluster; false when the canvas has no size yet (not laid out, hidden). */
  const fitToContent = useCallback((): boolean => {
    const box = viewportRef.current?.getBoundingClientRect();
    if (!box || box.width === 0 || box.height === 0) return false;
    // The top band stays free for the floating tools.
    const fitted = fitTo(boundsOf([...rects.values()]), box.width, box.height, 12, toolsBand);
    fittedView.current = { view: fitted, width: size.width, height: size.height, toolsBand };
    setView(fitted);
    return true;
  }, [rects, setView, size, toolsBand]);

  // A board still showing everything keeps showing everything when the canvas changes size (the
  // header takes a second line as people connect, the drawer opens) or its tools another line:
  // once the facilitator has panned or zoomed, the view is theirs.
  useEffect(() => {
    const last = fittedView.current;
    if (last === null || view !== last.view) return;
    const sameSize =
      Math.abs(size.width - last.width) < 1 && Math.abs(size.height - last.height) < 1;
    if (sameSize && toolsBand === last.toolsBand) return;
    fitToContent();
  }, [size, toolsBand, view, fitToContent]);

  // Show the whole board once its clusters have been measured, the first time there are any.
  useEffect(() => {
    if (fitted.current || families.length === 0) return;
    if (!families.every((family) => heights.has(family.id))) return;
    fitted.current = fitToContent();
    columns.current.frozen = fitted.current;
  }, [families, heights, fitToContent]);

  // A family this board just made comes into view once laid out (issue 13: made off-screen).
  const toReveal = useStore(revealing, (state) => state.familyId);
  useEffect(() => {
    const rect = toReveal === null ? undefined : rects.get(toReveal);
    // Measured only with something to show: a measure here forces a layout of the whole board.
    const box = rect && viewportRef.current?.getBoundingClientRect();
    if (!rect || !box) return;
    revealing.setState({ familyId: null });
    setView((v) => showRect(v, rect, box.width, box.height, 24, toolsBand));
  }, [toReveal, rects, revealing, setView, toolsBand]);

  useKeyboardFocusInView(viewportRef, view, setView, toolsBand);

  // How much of each cluster is drawn (detail.ts); before the first "Tout voir", what it will show.
  const printing = usePrinting();
  const drawnView =
    view === IDENTITY
      ? fitTo(boundsOf([...rects.values()]), size.width, size.height, 12, toolsBand)
      : view;
  const drawnAsTiles = useRef(new Map<string, boolean>());
  const tiles = (familyId: string, rect: Rect): boolean => {
    const was = drawnAsTiles.current.get(familyId);
    const now = !printing && drawsTiles(rect, drawnView, size.width, size.height, was);
    drawnAsTiles.current.set(familyId, now);
    return now;
  };
  // Clusters wait for the canvas's size, which decides that; a DOM without ResizeObserver (a
  // test's) has no size to wait for, and draws everything.
  const sized = size.width > 0 || typeof ResizeObserver === "undefined";

  // A board is first drawn as « Tout voir » will about show it (at 100 %, the first paint of a
  // big board was its tiles with names a hundred pixels high), then takes that view as its own,
  // each family in the column it keeps once measured: estimates a few pixels off would
  // otherwise reshuffle the columns under the facilitator's eyes. The same view, so taking it
  // restyles nothing; the fit once the clusters are measured corrects it.
  const opening =
    view === IDENTITY &&
    fittedView.current === null &&
    families.length > 0 &&
    size.width > 0 &&
    size.height > 0;
  const shownView = opening ? drawnView : view;
  useEffect(() => {
    if (!opening) return;
    fittedView.current = { view: drawnView, width: size.width, height: size.height, toolsBand };
    columns.current.frozen = true;
    setView(drawnView);
  }, [opening, drawnView, size, toolsBand, setView]);

  const presence = useCanvasPresence(view);
  const panCanvas = useCallback(
    (dx: number, dy: number) => setView((v) => panBy(v, dx, dy)),
    [setView],
  );

  const onDragStart = ({ active }: DragStartEvent) => {
    const what = parseDragged(active.id);
    setDragged(what);
    if (what?.kind === "note")
      presence.showDragging(carriedNotes(what.noteId, selection.getState().ids));
  };
  const onDragOver = ({ over }: DragOverEvent) => {
    const target = parseTarget(over?.id);
    setOverFamily(target?.kind === "family" ? target.familyId : null);
  };
  const onDragEnd = ({ active, over, delta }: DragEndEvent) => {
    setDragged(null);
    presence.showDragging([]);
    setOverFamily(null);
    const what = parseDragged(active.id);
    if (what === null) return;
    const origin = what.kind === "cluster" ? rects.get(what.familyId) : undefined;
    const plan = planDrop({
      dragged: what,
      target: parseTarget(over?.id),
      selected: selection.getState().ids,
      ...(origin ? { clusterOrigin: origin } : {}),
      delta,
      scale: view.scale,
    });
    if (plan === null) return;
    if (plan.kind === "merge") {
      // dnd-kit swallows every click for 50 ms after a drop (its timer, set before this
      // runs): ask once it lets them through, or a quick « Fusionner » would be lost.
      window.setTimeout(() => setMergeAsked(plan), MERGE_ASK_DELAY_MS);
      return;
    }
    const created = applyDrop(doc, plan, t("canvas.newFamilyName"));
    if (created) revealFamily(created);
    if (plan.kind !== "place-family") selection.clear();
  };
  const onDragCancel = () => {
    setDragged(null);
    presence.showDragging([]);
    setOverFamily(null);
  };

  const merging = dragged?.kind === "cluster";
  const draggingNote = dragged?.kind === "note";
  // The board is drawn beside DndContext, not inside it (see dndBindings.tsx).
  return (
    <>
      <div className="canvas-layout">
        <div className="canvas-layout__side">
          <PoolPanel />
          {poolFooter}
        </div>
        <div
          ref={viewportRef}
          className="canvas"
          role="application"
          aria-label={t("canvas.label")}
          onPointerDown={(event) => {
            if (!pointerDown(event)) band.start(event);
          }}
          onPointerMove={(event) => {
            presence.pointerMoved(event);
            pointerMove(event);
            band.move(event);
          }}
          onPointerUp={(event) => {
            pointerUp(event);
            band.end(event);
          }}
          onPointerCancel={pointerUp}
          onPointerLeave={presence.pointerLeft}
        >
          <div
            className="canvas__plane"
            style={{
              transform: `translate(${shownView.x}px, ${shownView.y}px) scale(${shownView.scale})`,
              // For what keeps its size on screen whatever the zoom (canvas.css): only tiles do,
              // which are on screen only under TILES_BELOW_SCALE. Constant above it, so zooming
              // a readable board does not restyle every note.
              ["--zoom" as string]: Math.min(shownView.scale, TILES_BELOW_SCALE),
            }}
          >
            {families.map((family: FamilyRecord) => {
              const rect = sized ? rects.get(family.id) : undefined;
              return rect ? (
                <FamilyCluster
                  key={family.id}
                  family={family}
                  rect={rect}
                  onHeight={onHeight}
                  mergeTarget={
                    merging && overFamily === family.id && dragged.familyId !== family.id
                  }
                  tiles={tiles(family.id, rect)}
                />
              ) : null;
            })}
          </div>
          {families.length === 0 ? (
            loaded ? (
              <ReferenceFamilies />
            ) : (
              <p className="canvas-empty" role="status">
                {t("board.loading")}
              </p>
            )
          ) : null}
          {band.rect ? (
            <div
              className="rubber-band"
              style={{
                left: band.rect.x,
                top: band.rect.y,
                width: band.rect.width,
                height: band.rect.height,
              }}
            />
          ) : null}
          <PeerCursors toScreen={presence.toScreen} />
          <NewFamilyZone shown={draggingNote} />
          {overlay}
          <CanvasToolbar ref={toolsRef} view={shownView} setView={setView} onFit={fitToContent} />
        </div>
      </div>
      <DndContext
        sensors={sensors}
        collisionDetection={collisions}
        measuring={MEASURING}
        // The page must not scroll under a drag: CanvasAutoPan pans the canvas instead.
        autoScroll={false}
        accessibility={accessibility}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={onDragCancel}
      >
        <BoardDndBindings families={families} newFamilyZone={draggingNote} />
        <CanvasAutoPan viewportRef={viewportRef} panBy={panCanvas} />
        <DragOverlay dropAnimation={null}>
          {dragged ? <DragPreview dragged={dragged} /> : null}
        </DragOverlay>
      </DndContext>
      {mergeAsked ? (
        <MergeConfirm
          merge={mergeAsked}
          onMerge={() => applyDrop(doc, { kind: "merge", ...mergeAsked }, "")}
          onClose={() => setMergeAsked(null)}
        />
      ) : null}
    </>
  );
}
