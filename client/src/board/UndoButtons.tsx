import { useT } from "../i18n/i18n";
import { useBoardUndo, useUndoShortcuts } from "./useBoardUndo";
import "./noteTools.css";

/**
 * « Annuler » and « Rétablir » for this facilitator's own changes, each disabled when there
 * is nothing to take back or redo. Also installs Ctrl/⌘+Z, Ctrl/⌘+Shift+Z and Ctrl+Y on the
 * window, unless `shortcuts` is false: render it once per board with them on.
 */
export function UndoButtons({ shortcuts = true }: { shortcuts?: boolean }) {
  const t = useT();
  const board = useBoardUndo();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of two buttons, not a form's fieldset.
    <div className="undo-buttons" role="group" aria-label={t("undo.group")}>
      {shortcuts ? <UndoShortcuts undo={board.undo} redo={board.redo} /> : null}
      <button
        type="button"
        className="button button--small"
        disabled={!board.canUndo}
        title={t("undo.undoHint")}
        aria-keyshortcuts="Control+Z Meta+Z"
        aria-label={t("undo.undo")}
        onClick={board.undo}
      >
        <span aria-hidden="true">↶</span>{" "}
        <span className="undo-buttons__label">{t("undo.undo")}</span>
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={!board.canRedo}
        title={t("undo.redoHint")}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        aria-label={t("undo.redo")}
        onClick={board.redo}
      >
        <span aria-hidden="true">↷</span>{" "}
        <span className="undo-buttons__label">{t("undo.redo")}</span>
      </button>
    </div>
  );
}

// A component rather than a condition around the hook, which React wants called every render.
function UndoShortcuts({ undo, redo }: { undo(): void; redo(): void }) {
  useUndoShortcuts({ undo, redo });
  return null;
}
