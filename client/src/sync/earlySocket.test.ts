import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeSocket } from "../test/fakeSocket";
import { openEarly } from "./earlySocket";

const URL = "ws://troc.test/ws/w1?token=t";
type SocketClass = Parameters<typeof openEarly>[1];
const Base = FakeSocket as unknown as SocketClass;

/** What a provider does with the socket it asks for: handlers set at once, events recorded. */
function providerSocket(SocketClass: SocketClass, url = URL) {
  const seen: string[] = [];
  const socket = new SocketClass(url);
  socket.onopen = () => seen.push("open");
  socket.onmessage = (event) => seen.push(`message ${new Uint8Array(event.data)[0]}`);
  socket.onerror = () => seen.push("error");
  socket.onclose = (event) => seen.push(`close ${event.code}`);
  return { socket: socket as unknown as FakeSocket, seen };
}

const message = (byte: number) => new Uint8Array([byte]);

afterEach(() => {
  FakeSocket.all = [];
});

describe("openEarly", () => {
  it("opens the socket at once and hands that same socket to the provider", () => {
    const early = openEarly(URL, Base);
    expect(FakeSocket.all).toHaveLength(1);
    const { socket } = providerSocket(early.SocketClass);
    expect(socket).toBe(FakeSocket.all[0]);
    expect(socket.binaryType).toBe("arraybuffer");
  });

  it("gives the provider open, then what came while it waited, in order, after its handlers", async () => {
    const early = openEarly(URL, Base);
    const server = FakeSocket.all[0] as FakeSocket;
    server.serverOpens();
    server.serverSends(message(1));
    server.serverSends(message(2));
    const { socket, seen } = providerSocket(early.SocketClass);
    expect(seen).toEqual([]); // not during the constructor: its handlers were not set yet
    await vi.waitFor(() => expect(seen).toEqual(["open", "message 1", "message 2"]));
    socket.serverSends(message(3));
    expect(seen).toEqual(["open", "message 1", "message 2", "message 3"]);
  });

  it("replays nothing for a socket still connecting: its own open reaches the provider", async () => {
    const early = openEarly(URL, Base);
    const { socket, seen } = providerSocket(early.SocketClass);
    await Promise.resolve();
    expect(seen).toEqual([]);
    socket.serverOpens();
    expect(seen).toEqual(["open"]);
  });

  it("passes on a close that came first, so the provider reconnects as usual", async () => {
    const early = openEarly(URL, Base);
    (FakeSocket.all[0] as FakeSocket).serverCloses(4401);
    const { seen } = providerSocket(early.SocketClass);
    await vi.waitFor(() => expect(seen).toEqual(["close 4401"]));
  });

  it("opens a new socket for every later connection, and for another address", () => {
    const early = openEarly(URL, Base);
    const first = providerSocket(early.SocketClass).socket;
    const second = providerSocket(early.SocketClass).socket;
    expect(second).not.toBe(first);
    expect(FakeSocket.all).toHaveLength(2);

    const other = openEarly(URL, Base);
    const elsewhere = providerSocket(other.SocketClass, `${URL}x`).socket;
    expect(elsewhere.url).toBe(`${URL}x`);
    expect((FakeSocket.all[2] as FakeSocket).readyState).toBe(FakeSocket.CLOSED);
  });

  it("closes the socket the provider never took", () => {
    const early = openEarly(URL, Base);
    early.discard();
    expect((FakeSocket.all[0] as FakeSocket).readyState).toBe(FakeSocket.CLOSED);
    const later = providerSocket(early.SocketClass).socket;
    expect(later).not.toBe(FakeSocket.all[0]);
  });

  it("reads the socket states from the class, as from WebSocket", () => {
    expect(openEarly(URL, Base).SocketClass.OPEN).toBe(1);
  });
});
