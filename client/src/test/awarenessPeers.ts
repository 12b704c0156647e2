import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";

/**
 * Awareness instances that hear each other, as if through a server: each local change is
 * encoded and applied to every other one. `destroy` stops their timers.
 */
export function awarenessPeers(count: number) {
  const peers = Array.from({ length: count }, () => new awarenessProtocol.Awareness(new Y.Doc()));
  for (const from of peers) {
    from.on(
      "update",
      (
        { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
        origin: unknown,
      ) => {
        if (origin !== "local") return;
        const update = awarenessProtocol.encodeAwarenessUpdate(from, [
          ...added,
          ...updated,
          ...removed,
        ]);
        for (const to of peers) {
          if (to !== from) awarenessProtocol.applyAwarenessUpdate(to, update, "remote");
        }
      },
    );
  }
  return {
    peers,
    /** A client going away, as the server says when its socket closes. */
    leave(index: number) {
      const gone = peers[index];
      if (!gone) return;
      for (const other of peers) {
        if (other !== gone)
          awarenessProtocol.removeAwarenessStates(other, [gone.clientID], "remote");
      }
    },
    destroy() {
      for (const peer of peers) peer.destroy();
    },
  };
}
