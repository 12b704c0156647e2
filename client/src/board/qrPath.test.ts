import { describe, expect, it } from "vitest";
import { qrPath } from "./qrPath";

const matrix = (rows: string[]) => ({
  size: rows.length,
  get: (row: number, col: number) => (rows[row]?.[col] === "#" ? 1 : 0),
});

describe("qrPath", () => {
  it.each([
    [["..", ".."], ""],
    [["#.", ".#"], "M0 0h1v1h-1zM1 1h1v1h-1z"],
    [["###", "#.#", "..."], "M0 0h3v1h-3zM0 1h1v1h-1zM2 1h1v1h-1z"],
  ])("draws %j as %s", (rows, path) => {
    expect(qrPath(matrix(rows))).toBe(path);
  });
});
