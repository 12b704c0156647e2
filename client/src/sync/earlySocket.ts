import type { WebsocketProvider } from "y-websocket";

/** A WebSocket class as y-websocket takes it. */
type SocketClass = WebsocketProvider["_WS"];

export interface EarlySocket {
  /**
   * The class to hand the provider: the first socket it asks for `url` is the one already
   * open (or opening); every later one is new.
   */
  readonly SocketClass: SocketClass;
  /** Closes the early socket if the provider never took it (the page closed first). */
  discard(): void;
}

/**
 * Opens the workshop's socket at once, while the offline copy loads, and hands it to the
 * provider when the provider connects. The provider must not connect before the copy is
 * loaded (its handshake then sends the server only what it lacks), but the socket's own
 * handshake, the server's checks and its loading of the room need not wait: over a phone's
 * network they take longer than the copy does.
 *
 * The provider sees what it would have seen from a socket it opened itself: `open` first (at
 * once if the socket is already open), then every message and the close, in the order they
 * came, each in a later turn than its handlers were set.
 */
export function openEarly(url: string, Base: SocketClass): EarlySocket {
  let early: WebSocket | null = new Base(url);
  early.binaryType = "arraybuffer";
  let opened = false;
  const backlog: { kind: "message" | "error" | "close"; event: Event }[] = [];
  early.onopen = () => {
    opened = true;
  };
  early.onmessage = (event) => backlog.push({ kind: "message", event });
  early.onerror = (event) => backlog.push({ kind: "error", event });
  early.onclose = (event) => backlog.push({ kind: "close", event });

  const adopt = (socket: WebSocket): WebSocket => {
    // The provider sets its handlers right after construction, in this same turn.
    queueMicrotask(() => {
      if (opened) socket.onopen?.(new Event("open"));
      for (const { kind, event } of backlog.splice(0)) {
        if (kind === "message") socket.onmessage?.(event as MessageEvent);
        else if (kind === "error") socket.onerror?.(event);
        else socket.onclose?.(event as CloseEvent);
      }
    });
    return socket;
  };

  // A constructor may return another object: the provider gets the early socket itself.
  function SocketClass(this: unknown, target: string | URL, protocols?: string | string[]) {
    const socket = early;
    early = null;
    if (socket !== null && String(target) === url) return adopt(socket);
    socket?.close();
    return new Base(target, protocols);
  }
  // The provider reads OPEN and friends from the class, as from WebSocket.
  Object.assign(SocketClass, {
    CONNECTING: Base.CONNECTING,
    OPEN: Base.OPEN,
    CLOSING: Base.CLOSING,
    CLOSED: Base.CLOSED,
  });

  return {
    SocketClass: SocketClass as unknown as SocketClass, // called with `new` only, as above
    discard() {
      const socket = early;
      early = null;
      if (socket === null) return;
      socket.onclose = null;
      socket.onmessage = null;
      socket.onerror = () => {};
      socket.close();
    },
  };
}
