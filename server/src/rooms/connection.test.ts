import { describe, expect, it } from "vitest";
import type { WebSocket } from "ws";
import { createMetrics } from "../metrics";
import { CLOSE, Connection } from "./connection";

function fakeSocket(bufferedAmount: number) {
  const sent: Uint8Array[] = [];
  const closes: number[] = [];
  const socket = {
    OPEN: 1,
    CLOSING: 2,
    CLOSED: 3,
    readyState: 1,
    bufferedAmount,
    send: (m: Uint8Array) => sent.push(m),
    close(code: number) {
      closes.push(code);
      socket.readyState = 2;
    },
  };
  return { socket: socket as unknown as WebSocket, sent, closes };
}

const limits = {
  maxMessageBytes: 100,
  messagesPerSecond: 1,
  messageBurst: 2,
  maxBufferedBytes: 1000,
  maxAwarenessBytes: 100,
  syncRequestsPerMinute: 6,
};

describe("Connection", () => {
  it("closes a socket too slow to keep up instead of queueing more for it", () => {
    const fast = fakeSocket(0);
    new Connection(
      fast.socket,
      { role: "facilitator" },
      null,
      limits,
      createMetrics(() => 0),
    ).send(new Uint8Array(10));
    expect(fast.sent).toHaveLength(1);

    const slow = fakeSocket(995);
    new Connection(
      slow.socket,
      { role: "facilitator" },
      null,
      limits,
      createMetrics(() => 0),
    ).send(new Uint8Array(10));
    expect(slow.sent).toHaveLength(0);
    expect(slow.closes).toEqual([CLOSE.tryAgainLater]);
  });

  it("admits frames within size and rate, and closes past them", () => {
    const big = fakeSocket(0);
    const conn = new Connection(
      big.socket,
      { role: "facilitator" },
      null,
      limits,
      createMetrics(() => 0),
    );
    expect(conn.admit(101)).toBe(false);
    expect(big.closes).toEqual([CLOSE.tooLarge]);

    const chatty = fakeSocket(0);
    const other = new Connection(
      chatty.socket,
      { role: "facilitator" },
      null,
      limits,
      createMetrics(() => 0),
    );
    expect([other.admit(10), other.admit(10), other.admit(10)]).toEqual([true, true, false]);
    expect(chatty.closes).toEqual([CLOSE.tooMany]);
  });
});
