import type { WebsocketProvider } from "y-websocket";

/**
 * Awareness ignores a state whose clock it has already seen, and remembers clocks after the
 * states are gone: y-websocket drops the other pages' states when its socket closes, and the
 * server drops a leaving socket's states, both keeping their clocks. So after a reconnection a
 * page's unchanged state was ignored, and the board showed no participant for up to 15 s (until
 * each page renewed its state). On every connection this page forgets the clocks of the states
 * it dropped, so that what the server sends is shown again, and announces its own state anew.
 */
export function renewAwarenessOnConnect(provider: WebsocketProvider): void {
  const { awareness } = provider;
  provider.on("status", ({ status }) => {
    if (status !== "connected") return;
    for (const clientID of [...awareness.meta.keys()]) {
      if (clientID !== awareness.clientID && !awareness.states.has(clientID)) {
        awareness.meta.delete(clientID);
      }
    }
    // After the provider's own hello (sent once this event returns), which carries the old clock.
    queueMicrotask(() => {
      const state = awareness.getLocalState();
      if (state !== null && provider.wsconnected) awareness.setLocalState(state);
    });
  });
}
