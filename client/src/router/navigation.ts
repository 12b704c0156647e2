import { useSyncExternalStore } from "react";

// The History API has no event for pushState, so navigate() announces changes itself.
const NAVIGATE_EVENT = "troc:navigate";

function subscribe(listener: () => void): () => void {
  window.addEventListener("popstate", listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener("popstate", listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

const readPathname = (): string => window.location.pathname;

/** Goes to another page of the app without reloading it. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** The current path, re-rendering on navigation and on the back button. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, readPathname, readPathname);
}
