import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { toSkillsMap } from "@troc/shared";
import { describe, expect, it } from "vitest";
import { ApiError } from "../api";
import { loadFacilitatorKey, loadJoinCode } from "../session/storage";
import { fakeApi, JOIN_INFO, renderWithServices } from "../test/renderWithServices";
import { strasbourgDoc } from "../test/strasbourgDoc";
import { Landing } from "./Landing";

describe("Landing", () => {
  it("creates a workshop with the default question and opens its board with key and code", async () => {
    const api = fakeApi();
    renderWithServices(<Landing />, { api });
    const user = userEvent.setup();
    expect(
      (screen.getByRole("textbox", { name: "Question posée au groupe" }) as HTMLTextAreaElement)
        .value,
    ).toBe("Quelles sont vos compétences ?");
    await user.type(
      screen.getByRole("textbox", { name: "Titre de l'atelier" }),
      "Atelier Strasbourg",
    );
    await user.click(screen.getByRole("button", { name: "Créer l'atelier" }));

    expect(api.createWorkshop).toHaveBeenCalledWith({
      title: "Atelier Strasbourg",
      prompt: "Quelles sont vos compétences ?",
    });
    expect(window.location.pathname).toBe(`/b/${JOIN_INFO.workshopId}`);
    const fragment = new URLSearchParams(window.location.hash.slice(1));
    expect(fragment.get("key")).toBe("facilitator-secret");
    expect(fragment.get("code")).toBe("AB12CD");
    expect(loadFacilitatorKey(JOIN_INFO.workshopId)).toBe("facilitator-secret");
    expect(loadJoinCode(JOIN_INFO.workshopId)).toBe("AB12CD");
  });

  it("leaves an empty title to the server's default", async () => {
    const api = fakeApi();
    renderWithServices(<Landing />, { api });
    await userEvent.setup().click(screen.getByRole("button", { name: "Créer l'atelier" }));
    expect(api.createWorkshop).toHaveBeenCalledWith({ prompt: "Quelles sont vos compétences ?" });
  });

  it("shows the server's error and stays on the page", async () => {
    const api = fakeApi({
      createWorkshop: async () => {
        throw new ApiError(429, "too many workshops, try again in a minute");
      },
    });
    renderWithServices(<Landing />, { api });
    await userEvent.setup().click(screen.getByRole("button", { name: "Créer l'atelier" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "too many workshops, try again in a minute",
    );
    expect(window.location.pathname).toBe("/");
  });

  it("joins with a typed code, trimmed and upper-cased", async () => {
    renderWithServices(<Landing />);
    const user = userEvent.setup();
    await user.type(screen.getByRole("textbox", { name: "Code de l'atelier" }), "  ab12cd {Enter}");
    expect(window.location.pathname).toBe("/j/AB12CD");
  });

  it("asks for a code instead of joining with none", async () => {
    renderWithServices(<Landing />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Rejoindre" }));
    expect(screen.getByRole("alert").textContent).toBe("Saisissez le code affiché à l'écran.");
    expect(window.location.pathname).toBe("/");
  });

  it("picks up a skills map: fills title and question from it and sends it along", async () => {
    const api = fakeApi();
    renderWithServices(<Landing />, { api });
    const user = userEvent.setup();
    const map = toSkillsMap(strasbourgDoc());
    const file = new File([JSON.stringify(map)], "atelier.json", { type: "application/json" });
    await user.upload(screen.getByLabelText(/Reprendre une carte/), file);
    expect(await screen.findByText(/Carte prête : \d+ familles et \d+ compétences/)).toBeTruthy();
    expect(
      (screen.getByRole("textbox", { name: "Titre de l'atelier" }) as HTMLInputElement).value,
    ).toBe(map.workshop.title);
    await user.click(screen.getByRole("button", { name: "Créer l'atelier" }));
    expect(api.createWorkshop).toHaveBeenCalledWith({
      title: map.workshop.title,
      prompt: map.workshop.prompt,
      from: map,
    });
  });

  it("says plainly when the chosen file is not a skills map", async () => {
    const api = fakeApi();
    renderWithServices(<Landing />, { api });
    const user = userEvent.setup();
    const file = new File(['{"hello": 1}'], "notes.json", { type: "application/json" });
    await user.upload(screen.getByLabelText(/Reprendre une carte/), file);
    expect((await screen.findByRole("alert")).textContent).toContain(
      "« notes.json » n'est pas une carte",
    );
    await user.click(screen.getByRole("button", { name: "Créer l'atelier" }));
    expect(api.createWorkshop).toHaveBeenCalledWith(
      expect.not.objectContaining({ from: expect.anything() }),
    );
  });
});
