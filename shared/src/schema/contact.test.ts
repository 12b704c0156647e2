import { describe, expect, it } from "vitest";
import { TrocInputError } from "../errors";
import { cleanContact } from "./contact";

describe("cleanContact", () => {
  it.each([
    ["  lea@asso.fr ", "lea@asso.fr"],
    ["06 12 34 56 78", "06 12 34 56 78"],
    ["+33 6 12 34 56 78", "+33 6 12 34 56 78"],
    ["lea.martin@exemple.org, plutôt le soir", "lea.martin@exemple.org, plutôt le soir"],
  ])("accepts %j", (raw, clean) => {
    expect(cleanContact(raw)).toBe(clean);
  });

  it.each([["Léa"], ["lea@asso"], ["12 34"], [""], ["   "], [42], [`${"a".repeat(115)}@ab.fr`]])(
    "refuses %j with an error naming the field",
    (raw) => {
      expect(() => cleanContact(raw)).toThrow(TrocInputError);
      try {
        cleanContact(raw);
      } catch (error) {
        expect((error as TrocInputError).field).toBe("contact");
      }
    },
  );
});
