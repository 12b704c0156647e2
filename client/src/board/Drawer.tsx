import { useEffect, useId, useState } from "react";
import { useT } from "../i18n/i18n";
import { loadDrawerOpen, saveDrawerOpen } from "../session/storage";
import { isFullscreen, onFullscreenChange } from "./fullscreen";

/** Below this width the drawer would squeeze the canvas: it starts folded (a tablet). */
const NARROW = "(max-width: 89.99rem)";

const preferred = (): boolean =>
  loadDrawerOpen() ??
  !(typeof window.matchMedia === "function" && window.matchMedia(NARROW).matches);

export interface DrawerState {
  id: string;
  open: boolean;
  toggle(): void;
}

/**
 * The board's drawer of controls: open or folded as this browser last left it. Full screen is
 * for projecting: it folds the drawer (the toggle still opens it) and leaving it restores it.
 */
export function useDrawer(): DrawerState {
  const id = useId();
  const [open, setOpen] = useState(preferred);
  useEffect(() => onFullscreenChange(() => setOpen(!isFullscreen() && preferred())), []);
  return {
    id,
    open,
    toggle: () => {
      if (!isFullscreen()) saveDrawerOpen(!open);
      setOpen(!open);
    },
  };
}

/** « Outils »: shows or folds the drawer. */
export function DrawerToggle({ drawer }: { drawer: DrawerState }) {
  const t = useT();
  return (
    <button
      type="button"
      className="button button--small"
      aria-expanded={drawer.open}
      aria-controls={drawer.id}
      onClick={drawer.toggle}
    >
      {t("board.drawerToggle")}
    </button>
  );
}
