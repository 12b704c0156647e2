import { describe, expect, it } from "vitest";
import { checkAwarenessState } from "./checkAwareness";

const lea = { role: "participant", participantId: "p1" } as const;
const facilitator = { role: "facilitator" } as const;

describe("checkAwarenessState", () => {
  it.each([
    ["going offline", null, lea, null],
    ["no user at all", { cursor: { x: 1, y: 2 } }, lea, null],
    ["their own name and role", { user: { name: "Léa", role: "participant" } }, lea, null],
    ["another name", { user: { name: "Sam" } }, lea, "awareness may not claim another name"],
    [
      "the facilitator's role",
      { user: { role: "facilitator" } },
      lea,
      "awareness may not claim another role",
    ],
    ["a non-object", "hello", lea, "awareness state must be an object"],
    ["a malformed user", { user: { name: 12 } }, lea, "awareness user is malformed"],
    [
      "a facilitator with any name",
      { user: { name: "Anne (animatrice)", role: "facilitator" } },
      facilitator,
      null,
    ],
  ] as const)("%s", (_case, state, actor, expected) => {
    expect(checkAwarenessState(state, actor, "Léa")).toBe(expected);
  });
});
