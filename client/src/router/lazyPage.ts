import type { ComponentType, LazyExoticComponent } from "react";
import { lazy } from "react";

export interface LazyPage<P extends object> {
  Page: LazyExoticComponent<ComponentType<P>>;
  /** Starts loading the page's chunk (once); resolves when it is loaded. */
  preload(): Promise<unknown>;
}

/**
 * A page in its own chunk. main.tsx preloads the first page before rendering anything: a page
 * that suspends shows the fallback, and React then holds the page back until 300 ms after the
 * fallback appeared (it throttles Suspense reveals), which delayed the board's first request
 * by 150 ms. Once loaded, the page renders at once: React's `lazy` takes a thenable that
 * resolves synchronously as loaded, without suspending.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loading: Promise<ComponentType<P>> | null = null;
  let loaded: ComponentType<P> | null = null;
  const preload = (): Promise<ComponentType<P>> => {
    loading ??= load().then(
      (page) => {
        loaded = page;
        return page;
      },
      (error: unknown) => {
        loading = null; // a later visit tries again (the network may be back)
        throw error;
      },
    );
    return loading;
  };
  const Page = lazy(() => {
    if (loaded === null) return preload().then((page) => ({ default: page }));
    const module = { default: loaded };
    // A thenable that calls back at once, where a Promise would only after the render had
    // suspended; `lazy` needs nothing else of a Promise (its type asks for one).
    // biome-ignore lint/suspicious/noThenProperty: a thenable is the point (see above)
    const now = { then: (onLoaded: (value: typeof module) => unknown) => onLoaded(module) };
    return now as unknown as Promise<typeof module>;
  });
  return { Page, preload };
}
