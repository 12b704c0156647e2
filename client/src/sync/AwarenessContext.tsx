import type { ReactNode } from "react";
import { createContext, useContext, useEffect, useState } from "react";
import type { Awareness } from "y-protocols/awareness";
import type { PresenceUser } from "./presence";
import { publishUser, tabColor } from "./presence";

const AwarenessContext = createContext<Awareness | null>(null);

/**
 * Publishes `user` in `awareness` while mounted and whenever one of its fields changes
 * (compared field by field, so a new object with the same fields sends nothing).
 */
export function usePublishUser(awareness: Awareness | null, user: PresenceUser | null): void {
  const role = user?.role;
  const name = user?.name;
  const color = user?.color;
  useEffect(() => {
    if (awareness === null || role === undefined) return;
    publishUser(awareness, {
      role,
      ...(name === undefined ? {} : { name }),
      ...(color === undefined ? {} : { color }),
    });
  }, [awareness, role, name, color]);
}

/**
 * Gives the board's presence components (PresenceCount, PeerCursors, ReadinessPanel) the
 * session's awareness, and tells the others this tab is a facilitator, with its own colour.
 */
export function BoardAwarenessProvider({
  awareness,
  children,
}: {
  awareness: Awareness;
  children: ReactNode;
}) {
  const [user] = useState<PresenceUser>(() => ({ role: "facilitator", color: tabColor() }));
  usePublishUser(awareness, user);
  return <AwarenessContext value={awareness}>{children}</AwarenessContext>;
}

/** The session's awareness, or null outside a BoardAwarenessProvider (no presence shown). */
export function useAwareness(): Awareness | null {
  return useContext(AwarenessContext);
}
