import { render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { describe, expect, it, vi } from "vitest";
import { lazyPage } from "./lazyPage";

const Greeting = ({ name }: { name: string }) => <p>Bonjour {name}</p>;

const fallback = vi.fn(() => <p>chargement</p>);
const Fallback = () => fallback();

function renderWithFallback(node: React.ReactNode) {
  fallback.mockClear();
  render(<Suspense fallback={<Fallback />}>{node}</Suspense>);
  return fallback;
}

describe("lazyPage", () => {
  it("renders a preloaded page at once, never its fallback", async () => {
    const page = lazyPage(async () => Greeting);
    await page.preload();
    const fallback = renderWithFallback(<page.Page name="Léa" />);
    // Read at once on purpose: a suspended render would show the fallback here instead.
    expect(screen.getByText("Bonjour Léa").tagName).toBe("P");
    expect(fallback).not.toHaveBeenCalled();
  });

  it("suspends on a page not loaded yet, then shows it", async () => {
    const page = lazyPage(async () => Greeting);
    const fallback = renderWithFallback(<page.Page name="Sam" />);
    expect((await screen.findByText("Bonjour Sam")).tagName).toBe("P");
    expect(fallback).toHaveBeenCalled();
  });

  it("loads a chunk once, and again after a failure", async () => {
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockResolvedValue(Greeting);
    const page = lazyPage(load);
    await expect(page.preload()).rejects.toThrow("offline");
    await page.preload();
    await page.preload();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
