import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeApi, renderWithServices } from "../test/renderWithServices";
import { ExportMenu } from "./ExportMenu";

describe("ExportMenu", () => {
  const downloads: { href: string; name: string }[] = [];
  beforeEach(() => {
    downloads.length = 0;
    vi.spyOn(URL, "createObjectURL").mockImplementation(() => "blob:troc");
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push({ href: this.href, name: this.download });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ["JSON", "json"],
    ["Tableur (CSV)", "csv"],
    ["Texte (Markdown)", "md"],
    ["Image (SVG)", "svg"],
  ] as const)("downloads %s with the facilitator key", async (label, format) => {
    const api = fakeApi();
    renderWithServices(<ExportMenu workshopId="w1" facilitatorKey="key-1" />, { api });
    await userEvent.setup().click(screen.getByRole("button", { name: label }));
    expect(api.exportWorkshop).toHaveBeenCalledWith("w1", "key-1", format);
    expect(downloads).toEqual([{ href: "blob:troc", name: `Atelier-2026-11-20.${format}` }]);
  });

  it("says so when the export fails", async () => {
    const api = fakeApi({
      exportWorkshop: vi.fn(async () => {
        throw new Error("boom");
      }),
    });
    renderWithServices(<ExportMenu workshopId="w1" facilitatorKey="key-1" />, { api });
    await userEvent.setup().click(screen.getByRole("button", { name: "JSON" }));
    expect((await screen.findByRole("alert")).textContent).not.toBe("");
    expect(downloads).toEqual([]);
  });
});
