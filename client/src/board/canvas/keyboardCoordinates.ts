import type { KeyboardCoordinateGetter } from "@dnd-kit/core";
import { KeyboardCode } from "@dnd-kit/core";

const DIRECTIONS: Record<string, { x: number; y: number }> = {
  [KeyboardCode.Right]: { x: 1, y: 0 },
  [KeyboardCode.Left]: { x: -1, y: 0 },
  [KeyboardCode.Down]: { x: 0, y: 1 },
  [KeyboardCode.Up]: { x: 0, y: -1 },
};

/**
 * Arrow keys jump from one drop target (the pool, a family, the new-family zone) to the
 * nearest one in that direction, instead of nudging 25 px at a time: a keyboard user sorts a
 * note in a few key presses, as fast as with a mouse.
 */
export const jumpBetweenTargets: KeyboardCoordinateGetter = (
  event,
  { active, currentCoordinates, context },
) => {
  const direction = DIRECTIONS[event.code];
  const size = context.collisionRect;
  if (!direction || !size) return undefined;
  event.preventDefault();
  const from = {
    x: currentCoordinates.x + size.width / 2,
    y: currentCoordinates.y + size.height / 2,
  };
  let best: { x: number; y: number; score: number } | null = null;
  for (const container of context.droppableContainers.getEnabled()) {
    const rect = context.droppableRects.get(container.id);
    if (!rect || container.id === active) continue;
    // The target the note is already over is not "the next one".
    const inside =
      from.x >= rect.left && from.x <= rect.right && from.y >= rect.top && from.y <= rect.bottom;
    if (inside) continue;
    const center = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    const dx = center.x - from.x;
    const dy = center.y - from.y;
    const along = dx * direction.x + dy * direction.y;
    if (along <= 1) continue;
    // Straight ahead first: sideways distance costs more than distance along the arrow.
    const across = Math.abs(dx * direction.y) + Math.abs(dy * direction.x);
    const score = along + 2 * across;
    if (best === null || score < best.score) best = { ...center, score };
  }
  if (best === null) return currentCoordinates;
  return { x: best.x - size.width / 2, y: best.y - size.height / 2 };
};
