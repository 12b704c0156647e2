import type { ReactNode } from "react";
import { Component, Suspense } from "react";
import { t } from "../i18n/i18n";

/** Keeps a part that failed to load from taking the whole page down with it. */
class LoadBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? (
      <p role="alert">{t("participant.loadFailed")}</p>
    ) : (
      this.props.children
    );
  }
}

/**
 * A part of the page loaded on demand (React.lazy): nothing while it loads, and a message
 * if it cannot (the network gone at that moment); the rest of the page, the notes being
 * written among it, stays as it is.
 */
export const Deferred = ({ children }: { children: ReactNode }) => (
  <LoadBoundary>
    <Suspense fallback={null}>{children}</Suspense>
  </LoadBoundary>
);
