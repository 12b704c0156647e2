import type { DraggableAttributes, DraggableSyntheticListeners } from "@dnd-kit/core";
import type { FamilyRecord } from "@troc/shared";
import { memo, useCallback } from "react";
import { useT } from "../../i18n/i18n";
import { useBoard, useBoardList } from "../../store/BoardStoreContext";
import { selectGroupIds } from "../../store/selectors";
import { CanvasNotes } from "./CanvasNote";
import { useDragBinding, useDropBinding } from "./dndBindings";
import { clusterDragId, familyDropId } from "./dragIds";
import { FamilyMenu } from "./FamilyMenu";
import { FamilyName } from "./FamilyName";
import { tilesHeightOf } from "./tilesHeight";
import type { Rect } from "./viewport";

interface FamilyClusterProps {
  family: FamilyRecord;
  rect: Rect;
  /** Reports the cluster's rendered height (canvas units) so the layout never overlaps. */
  onHeight(familyId: string, height: number): void;
  /** Another cluster is being dragged over this one: dropping merges them. */
  mergeTarget: boolean;
  /** Its notes drawn as tiles: too far out to read, or off screen (detail.ts). */
  tiles: boolean;
}

/** A family on the canvas: its name, colour and notes; a drop target and a draggable card. */
export const FamilyCluster = memo(function FamilyCluster({
  family,
  rect,
  onHeight,
  mergeTarget,
  tiles,
}: FamilyClusterProps) {
  const t = useT();
  const drop = useDropBinding(familyDropId(family.id));
  const drag = useDragBinding(clusterDragId(family.id));
  const spotlit = useBoard((state) => state.meta?.spotlight === family.id);
  const setDropRef = drop?.setNodeRef;
  const setDragRef = drag?.setNodeRef;
  const ref = useCallback(
    (node: HTMLElement | null) => {
      setDropRef?.(node);
      setDragRef?.(node);
      if (!node) return;
      // Notes arrive, leave and wrap: the layout must know the cluster's height as it changes.
      // The observer reports it once the browser has laid the page out anyway; reading it here
      // would force that layout in the middle of React's commit (a 2,000-note board lost
      // 200 ms to it on opening).
      if (typeof ResizeObserver === "undefined") {
        onHeight(family.id, node.offsetHeight);
        return;
      }
      const observer = new ResizeObserver(() => onHeight(family.id, node.offsetHeight));
      observer.observe(node);
      return () => observer.disconnect();
    },
    [setDropRef, setDragRef, onHeight, family.id],
  );
  const classes = ["cluster", `family--${family.color}`];
  const isOver = drop?.isOver === true;
  if (isOver) classes.push("cluster--over");
  if (mergeTarget && isOver) classes.push("cluster--merge");
  if (drag?.isDragging) classes.push("cluster--dragging");
  if (spotlit) classes.push("cluster--spotlight");
  return (
    <section
      ref={ref}
      className={classes.join(" ")}
      style={{ transform: `translate(${rect.x}px, ${rect.y}px)` }}
      data-family-id={family.id}
      aria-labelledby={`cluster-${family.id}`}
    >
      <ClusterHeader family={family} attributes={drag?.attributes} listeners={drag?.listeners} />
      {mergeTarget && isOver ? (
        <p className="cluster__merge">{t("canvas.mergeInto", { name: family.name })}</p>
      ) : null}
      <ClusterNotes familyId={family.id} tiles={tiles} />
      {tiles ? (
        // The header is a few pixels high out there: the name, readable, over the tiles. The
        // header keeps it for screen readers.
        <p
          className="cluster__label"
          aria-hidden="true"
          // A short family's name gets smaller rather than cut: whole, down its height.
          style={{
            ["--height" as string]: `${rect.height}px`,
            ["--letters" as string]: Math.max(1, [...family.name].length),
          }}
        >
          {family.name}
        </p>
      ) : null}
    </section>
  );
});

/*
 * dnd-kit's bindings change when a drag starts, ends or changes target; the header and the
 * notes are memoised apart from the cluster's shell so those renders stop at the shell instead
 * of walking a family's 80 notes (a 5,000-note board lost 150 ms frames to it).
 */

const ClusterHeader = memo(function ClusterHeader({
  family,
  attributes,
  listeners,
}: {
  family: FamilyRecord;
  /** The grip's, from dnd-kit (memoised there, so unchanged between drag steps). */
  attributes: DraggableAttributes | undefined;
  listeners: DraggableSyntheticListeners;
}) {
  const t = useT();
  const count = useBoard((state) => selectGroupIds(family.id)(state).length);
  return (
    <header className="cluster__header">
      <button
        type="button"
        className="cluster__grip"
        {...attributes}
        {...listeners}
        aria-label={t("canvas.moveFamily", { name: family.name })}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <FamilyName familyId={family.id} name={family.name} titleId={`cluster-${family.id}`} />
      <span className="cluster__count">{t("board.noteCount", { count })}</span>
      <FamilyMenu family={family} />
    </header>
  );
});

const noHeight = (): null => null;

const ClusterNotes = memo(function ClusterNotes({
  familyId,
  tiles,
}: {
  familyId: string;
  tiles: boolean;
}) {
  const t = useT();
  const ids = useBoardList(selectGroupIds(familyId));
  const height = useBoard(tiles ? tilesHeightOf(familyId, t) : noHeight);
  if (ids.length === 0) return <p className="empty">{t("board.familyEmpty")}</p>;
  return (
    <CanvasNotes
      ids={ids}
      tiles={tiles}
      className={tiles ? "cluster__notes cluster__notes--tiles" : "cluster__notes"}
      style={height === null ? undefined : { height }}
    />
  );
});
