import { describe, expect, it } from "vitest";
import { parseSocketUrl } from "./socket";

describe("parseSocketUrl", () => {
  it.each([
    ["/ws/abc?token=t", { workshopId: "abc", token: "t" }],
    ["/ws/abc", { workshopId: "abc", token: "" }],
    ["/ws/a%2Fb?token=t", { workshopId: "a/b", token: "t" }],
    ["/ws/%E0%A4?token=t", null],
    ["//[", null],
    ["/ws/", null],
    ["/ws/a/b", null],
    ["/other", null],
    [undefined, null],
  ])("%s", (raw, expected) => {
    expect(parseSocketUrl(raw)).toEqual(expected);
  });
});
