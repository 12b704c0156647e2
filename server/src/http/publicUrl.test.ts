import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { lanAddress, publicBaseUrl } from "./publicUrl";

const req = (host: string, headers: Record<string, string> = {}) =>
  ({ headers: { host, ...headers } }) as unknown as IncomingMessage;

describe("publicBaseUrl", () => {
  it.each([
    [
      "PUBLIC_URL wins",
      req("localhost:8080"),
      { publicUrl: "https://troc.example.org", lan: "192.168.1.20" },
      "https://troc.example.org",
    ],
    [
      "a LAN host is kept",
      req("192.168.1.20:8080"),
      { lan: "10.0.0.2" },
      "http://192.168.1.20:8080",
    ],
    [
      "localhost becomes the LAN address",
      req("localhost:8080"),
      { lan: "192.168.1.20" },
      "http://192.168.1.20:8080",
    ],
    ["127.0.0.1 too", req("127.0.0.1:9000"), { lan: "192.168.1.20" }, "http://192.168.1.20:9000"],
    [
      "localhost stays without a LAN",
      req("localhost:8080"),
      { lan: null },
      "http://localhost:8080",
    ],
    [
      "a proxy's https counts only when trusted",
      req("troc.lan", { "x-forwarded-proto": "https" }),
      { trustProxy: true },
      "https://troc.lan",
    ],
    [
      "an untrusted forwarded proto is ignored",
      req("troc.lan", { "x-forwarded-proto": "https" }),
      {},
      "http://troc.lan",
    ],
  ])("%s", (_case, request, options, expected) => {
    expect(publicBaseUrl(request, { publicUrl: undefined, trustProxy: false, ...options })).toBe(
      expected,
    );
  });
});

describe("lanAddress", () => {
  it("picks the first external IPv4 address", () => {
    const common = { netmask: "", mac: "", cidr: null };
    expect(
      lanAddress({
        lo: [{ ...common, address: "127.0.0.1", family: "IPv4", internal: true }],
        eth0: [
          { ...common, address: "fe80::1", family: "IPv6", internal: false, scopeid: 1 },
          { ...common, address: "192.168.1.20", family: "IPv4", internal: false },
        ],
      }),
    ).toBe("192.168.1.20");
  });
});
