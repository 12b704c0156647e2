import { useSyncExternalStore } from "react";

/** Calls `listener` each time the page enters or leaves full screen; returns how to stop. */
export function onFullscreenChange(listener: () => void): () => void {
  document.addEventListener("fullscreenchange", listener);
  return () => document.removeEventListener("fullscreenchange", listener);
}

/** Whether the page is in full screen now (null, or undefined where the API is missing). */
export const isFullscreen = (): boolean => document.fullscreenElement != null;

/** Whether the page is in full screen now (the projector's mode). */
export function useFullscreen(): boolean {
  return useSyncExternalStore(onFullscreenChange, isFullscreen, () => false);
}

/** Enters full screen with the whole board, or leaves it. */
export function toggleFullscreen(): void {
  if (isFullscreen()) void document.exitFullscreen();
  else void document.querySelector(".board")?.requestFullscreen?.();
}
