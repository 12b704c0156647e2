import type { Announcements, ScreenReaderInstructions } from "@dnd-kit/core";
import type { t as translate } from "../../i18n/i18n";
import type { BoardState } from "../../store/boardStore";
import { parseDragged, parseTarget } from "./dragIds";

type T = typeof translate;

/** dnd-kit's screen-reader texts, in the board's language, naming notes and families. */
export function boardAnnouncements(
  t: T,
  read: () => BoardState,
  selected: () => ReadonlySet<string>,
): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const familyName = (familyId: string) =>
    read().families.find((f) => f.id === familyId)?.name ?? "";
  const picked = (id: string | number): string => {
    const dragged = parseDragged(id);
    if (dragged?.kind === "cluster") {
      return t("canvas.pickedFamily", { name: familyName(dragged.familyId) });
    }
    if (dragged?.kind === "note") {
      const ids = selected();
      if (ids.has(dragged.noteId) && ids.size > 1)
        return t("canvas.pickedNotes", { count: ids.size });
      return t("canvas.pickedNote", { text: read().notes[dragged.noteId]?.text ?? "" });
    }
    return "";
  };
  const over = (id: string | number | undefined): string => {
    const target = parseTarget(id);
    if (target === null) return t("canvas.overNothing");
    if (target.kind === "pool") return t("canvas.overPool");
    if (target.kind === "new-family") return t("canvas.overNew");
    return t("canvas.overFamily", { name: familyName(target.familyId) });
  };
  const dropped = (activeId: string | number, id: string | number | undefined): string => {
    const target = parseTarget(id);
    const dragged = parseDragged(activeId);
    if (target === null)
      return dragged?.kind === "cluster" ? t("canvas.placed") : t("canvas.cancelled");
    if (target.kind === "pool") return t("canvas.droppedPool");
    if (target.kind === "new-family") return t("canvas.droppedNew");
    const name = familyName(target.familyId);
    if (dragged?.kind === "cluster") {
      return dragged.familyId === target.familyId
        ? t("canvas.placed")
        : t("canvas.mergeAsked", { name });
    }
    return t("canvas.droppedFamily", { name });
  };
  return {
    screenReaderInstructions: { draggable: t("canvas.instructions") },
    announcements: {
      onDragStart: ({ active }) => picked(active.id),
      onDragOver: ({ over: target }) => over(target?.id),
      onDragEnd: ({ active, over: target }) => dropped(active.id, target?.id),
      onDragCancel: () => t("canvas.cancelled"),
    },
  };
}
