import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, renderWithServices } from "../test/renderWithServices";
import { usePublicUrl } from "./usePublicUrl";

const Base = ({ label }: { label: string }) => <p>{`${label} ${usePublicUrl()}`}</p>;

describe("usePublicUrl", () => {
  it("starts from this page's origin, then the server's answer", async () => {
    renderWithServices(<Base label="panneau" />, { api: fakeApi() });
    expect(screen.getByText(`panneau ${window.location.origin}`).tagName).toBe("P");
    expect((await screen.findByText("panneau http://192.168.1.20:8080")).tagName).toBe("P");
  });

  it("gives a part opened later the answer at once, even while the server answers again", async () => {
    const api = fakeApi();
    renderWithServices(<Base label="panneau" />, { api });
    await screen.findByText("panneau http://192.168.1.20:8080");
    // The share dialog opens; its own request is still on its way.
    vi.mocked(api.getConfig).mockImplementation(() => new Promise(() => {}));
    renderWithServices(<Base label="dialogue" />, { api });
    expect(screen.getByText("dialogue http://192.168.1.20:8080").tagName).toBe("P");
  });
});
