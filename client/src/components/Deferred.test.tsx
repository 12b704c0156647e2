import { render, screen } from "@testing-library/react";
import { lazy } from "react";
import { describe, expect, it, vi } from "vitest";
import { Deferred } from "./Deferred";

describe("Deferred", () => {
  it("shows what loaded on demand once it has loaded", async () => {
    const Loaded = lazy(async () => ({ default: () => <p>chargé</p> }));
    render(
      <Deferred>
        <Loaded />
      </Deferred>,
    );
    expect(await screen.findByText("chargé")).toBeTruthy();
  });

  it("says it could not load, and keeps the rest of the page, when the network is gone", async () => {
    // React reports the caught error on the console; that is expected here.
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const Offline = lazy(() =>
      Promise.reject(new Error("Failed to fetch dynamically imported module")),
    );
    render(
      <main>
        <textarea aria-label="Votre compétence" defaultValue="réparer un vélo" />
        <Deferred>
          <Offline />
        </Deferred>
      </main>,
    );
    expect((await screen.findByRole("alert")).textContent).toMatch(/Chargement impossible/);
    expect(screen.getByRole("textbox", { name: "Votre compétence" })).toHaveProperty(
      "value",
      "réparer un vélo",
    );
    vi.restoreAllMocks();
  });
});
