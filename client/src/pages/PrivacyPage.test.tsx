import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, renderWithServices } from "../test/renderWithServices";
import { PrivacyPage } from "./PrivacyPage";

describe("the privacy page", () => {
  it("says what is kept, who sees it, and the server's own retention periods", async () => {
    const api = fakeApi();
    renderWithServices(<PrivacyPage />, { api });
    expect(await screen.findByText(/effacés 90 jours après la dernière activité/)).toBeTruthy();
    expect(screen.getByText(/tout l'atelier 365 jours après/)).toBeTruthy();
    expect(screen.getByText(/Seuls les organisateurs voient votre contact/)).toBeTruthy();
    expect(api.getPrivacy).toHaveBeenCalled();
  });
});
