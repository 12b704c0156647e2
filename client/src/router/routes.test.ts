import { describe, expect, it } from "vitest";
import type { Route } from "./routes";
import { boardPath, parseRoute } from "./routes";

describe("parseRoute", () => {
  const rows: [string, Route][] = [
    ["/", { page: "landing" }],
    ["", { page: "landing" }],
    ["/j/AB12CD", { page: "participant", joinCode: "AB12CD" }],
    ["/j/AB12CD/", { page: "participant", joinCode: "AB12CD" }],
    ["/b/w-1", { page: "board", workshopId: "w-1" }],
    ["/b/a%20b", { page: "board", workshopId: "a b" }],
    ["/b/%E0%A4%A", { page: "notFound" }],
    ["/j", { page: "notFound" }],
    ["/j/A/B", { page: "notFound" }],
    ["/x/A", { page: "notFound" }],
    ["/confidentialite", { page: "privacy" }],
    ["/confidentialite/", { page: "privacy" }],
    ["/confidentialite/x", { page: "notFound" }],
  ];
  it.each(rows)("%s", (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });
});

describe("boardPath", () => {
  it("puts the key and the join code in the fragment, where they round-trip", () => {
    const path = boardPath("w1", { facilitatorKey: "k&=/+", joinCode: "AB12" });
    const url = new URL(path, "https://troc.example");
    expect(url.pathname).toBe("/b/w1");
    const fragment = new URLSearchParams(url.hash.slice(1));
    expect(fragment.get("key")).toBe("k&=/+");
    expect(fragment.get("code")).toBe("AB12");
  });
});
