import { memo } from "react";
import { useT } from "../i18n/i18n";
import { useAwareness } from "../sync/AwarenessContext";
import type { PeerFacilitator } from "../sync/presence";
import { usePresence } from "../sync/usePresence";
import "./facilitation.css";

/** Turns a canvas point into a position inside the element PeerCursors is drawn over. */
export type ToScreen = (x: number, y: number) => { left: number; top: number };

/**
 * Other facilitators' pointers on the canvas: a coloured arrow, with "déplace 2 post-its"
 * while they drag. Drawn over the canvas (absolutely, filling its positioned parent, letting
 * every click through); `toScreen` places canvas coordinates in that parent.
 * Hidden from screen readers: a pointer's position means nothing read aloud, and the notes'
 * moves themselves reach the page through the document.
 */
export function PeerCursors({ toScreen }: { toScreen: ToScreen }) {
  const { facilitators } = usePresence(useAwareness());
  return (
    <div className="peer-cursors" aria-hidden="true">
      {facilitators.map((peer) =>
        peer.pointer ? <PeerCursor key={peer.clientId} peer={peer} toScreen={toScreen} /> : null,
      )}
    </div>
  );
}

const PeerCursor = memo(function PeerCursor({
  peer,
  toScreen,
}: {
  peer: PeerFacilitator;
  toScreen: ToScreen;
}) {
  const t = useT();
  if (!peer.pointer) return null;
  const { left, top } = toScreen(peer.pointer.x, peer.pointer.y);
  return (
    <div
      className="peer-cursor"
      data-peer-id={peer.clientId}
      style={{ transform: `translate(${left}px, ${top}px)`, color: peer.color }}
    >
      <svg
        className="peer-cursor__arrow"
        viewBox="0 0 16 20"
        width="20"
        height="25"
        aria-hidden="true"
      >
        <path
          d="M1 1 L1 16 L5 12 L8 19 L11 18 L8 11 L14 11 Z"
          fill="currentColor"
          stroke="#fff"
          strokeWidth="1.5"
          strokeLinejoin="round"
        />
      </svg>
      {peer.draggingCount > 0 ? (
        <span className="peer-cursor__label" style={{ backgroundColor: peer.color }}>
          {t("presence.dragging", { count: peer.draggingCount })}
        </span>
      ) : null}
    </div>
  );
});
