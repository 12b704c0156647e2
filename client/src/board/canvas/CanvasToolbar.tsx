import type { Dispatch, Ref, SetStateAction } from "react";
import { useT } from "../../i18n/i18n";
import { toggleFullscreen, useFullscreen } from "../fullscreen";
import { UndoButtons } from "../UndoButtons";
import type { Viewport } from "./viewport";
import { zoomAt } from "./viewport";

interface CanvasToolbarProps {
  ref?: Ref<HTMLDivElement>;
  view: Viewport;
  setView: Dispatch<SetStateAction<Viewport>>;
  onFit(): void;
}

/** Zoom buttons, "show all" and the projector's full screen, in the canvas's corner. */
export function CanvasToolbar({ ref, view, setView, onFit }: CanvasToolbarProps) {
  const t = useT();
  const fullscreen = useFullscreen();
  // Buttons zoom around the canvas's centre, as a wheel would around the pointer.
  const zoom = (factor: number) => (event: React.MouseEvent<HTMLButtonElement>) => {
    const canvas = event.currentTarget.closest(".canvas")?.getBoundingClientRect();
    setView((v) => zoomAt(v, factor, (canvas?.width ?? 0) / 2, (canvas?.height ?? 0) / 2));
  };
  return (
    <div
      ref={ref}
      className="canvas-tools canvas-overlay"
      role="toolbar"
      aria-label={t("canvas.label")}
    >
      <UndoButtons />
      <button
        type="button"
        className="button button--small"
        onClick={zoom(1 / 1.25)}
        aria-label={t("canvas.zoomOut")}
      >
        −
      </button>
      <span className="canvas-tools__zoom">
        {t("canvas.zoomLevel", { percent: Math.round(view.scale * 100) })}
      </span>
      <button
        type="button"
        className="button button--small"
        onClick={zoom(1.25)}
        aria-label={t("canvas.zoomIn")}
      >
        +
      </button>
      <button type="button" className="button button--small" onClick={onFit}>
        {t("canvas.fit")}
      </button>
      <button type="button" className="button button--small" onClick={toggleFullscreen}>
        {fullscreen ? t("canvas.exitFullscreen") : t("canvas.fullscreen")}
      </button>
    </div>
  );
}
