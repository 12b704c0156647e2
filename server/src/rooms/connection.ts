import type { Actor } from "@troc/shared";
import { CLOSE, ownerOf } from "@troc/shared";
import type { WebSocket } from "ws";
import { TokenBucket } from "../limits/tokenBucket";
import type { Metrics } from "../metrics";

/** WebSocket close codes of the contract (docs/protocol.md), shared with the clients. */
export { CLOSE };

/** Per-socket limits, from the server's configuration. */
export interface ConnectionLimits {
  maxMessageBytes: number;
  messagesPerSecond: number;
  messageBurst: number;
  /** A socket whose unsent bytes pass this is too slow: it is closed and resyncs on reconnect. */
  maxBufferedBytes: number;
  maxAwarenessBytes: number;
  /**
   * Sync step 1 messages a socket may send per minute (a burst of as many): each makes the
   * server send the document, so a repeated one would turn a few bytes in into megabytes out.
   */
  syncRequestsPerMinute: number;
}

/** One authenticated WebSocket inside a room, with its limits. */
export class Connection {
  /** Awareness client ids this socket has spoken for; removed when it closes. */
  readonly awarenessClients = new Set<number>();
  private readonly rate: TokenBucket;
  private readonly syncRequests: TokenBucket;

  constructor(
    readonly socket: WebSocket,
    /** Who is on the other end, as proven by their token; what the permission rules check. */
    readonly actor: Actor,
    /** The participant's registered name (null for the facilitator). */
    readonly name: string | null,
    readonly limits: ConnectionLimits,
    private readonly metrics: Metrics,
  ) {
    this.rate = new TokenBucket(limits.messagesPerSecond, limits.messageBurst);
    this.syncRequests = new TokenBucket(
      limits.syncRequestsPerMinute / 60,
      limits.syncRequestsPerMinute,
    );
  }

  /** Who owns the Yjs client ids this socket writes with (see AdmitOptions.owners). */
  get owner(): string {
    return ownerOf(this.actor);
  }

  /** Counts a sync request; closes the socket and returns false past the limit. */
  admitSyncRequest(): boolean {
    if (this.syncRequests.take()) return true;
    this.close(CLOSE.tooMany, "too many sync requests, slow down");
    return false;
  }

  /** Checks an incoming frame's size and rate; closes the socket and returns false if over. */
  admit(bytes: number): boolean {
    this.metrics.bytesIn.inc(bytes);
    if (bytes > this.limits.maxMessageBytes) {
      this.close(CLOSE.tooLarge, `message larger than ${this.limits.maxMessageBytes} bytes`);
      return false;
    }
    if (!this.rate.take()) {
      this.close(CLOSE.tooMany, "too many messages, slow down");
      return false;
    }
    return true;
  }

  /** Sends if open; a socket too slow to keep up is closed rather than fed a partial stream. */
  send(message: Uint8Array): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount + message.byteLength > this.limits.maxBufferedBytes) {
      this.close(CLOSE.tryAgainLater, "too slow to keep up, reconnect");
      return;
    }
    this.metrics.bytesOut.inc(message.byteLength);
    this.socket.send(message);
  }

  close(code: number, reason: string): void {
    if (
      this.socket.readyState === this.socket.CLOSED ||
      this.socket.readyState === this.socket.CLOSING
    ) {
      return;
    }
    this.metrics.socketsClosed.inc({ code: String(code) });
    this.socket.close(code, reason);
  }
}
