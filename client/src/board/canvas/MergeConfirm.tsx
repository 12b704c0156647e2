import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useT } from "../../i18n/i18n";
import { useBoard } from "../../store/BoardStoreContext";
import type { BoardState } from "../../store/boardStore";
import { selectNoteGroups } from "../../store/selectors";

export interface MergeRequest {
  sourceId: string;
  targetId: string;
}

/**
 * Asks before merging the family dropped on another (issue 13: a move that landed on a
 * family merged it): moving lands on empty canvas, merging takes this second, deliberate step.
 */
export function MergeConfirm({
  merge,
  onMerge,
  onClose,
}: {
  merge: MergeRequest;
  onMerge(): void;
  onClose(): void;
}) {
  const t = useT();
  const source = useBoard((state) => familyName(state, merge.sourceId));
  const target = useBoard((state) => familyName(state, merge.targetId));
  const count = useBoard((state) => selectNoteGroups(state).get(merge.sourceId)?.length ?? 0);
  return (
    <ConfirmDialog
      title={t("canvas.mergeTitle", { source, target })}
      confirmLabel={t("canvas.mergeConfirm")}
      cancelLabel={t("canvas.mergeCancel")}
      onClose={onClose}
      onConfirm={async () => {
        onMerge();
        onClose();
      }}
    >
      <p>{t("canvas.mergeText", { count, source, target })}</p>
    </ConfirmDialog>
  );
}

const familyName = (state: BoardState, familyId: string): string =>
  state.families.find((family) => family.id === familyId)?.name ?? "";
