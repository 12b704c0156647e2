import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { polyfillDialog, removeDialogMethods, restoreDialog } from "../test/dialogPolyfill";
import { renderWithServices } from "../test/renderWithServices";
import { JoinPanel } from "./JoinPanel";

const enlargeButton = () =>
  screen.getByRole("button", { name: "Agrandir le QR code et le code en plein écran" });

describe("JoinPanel", () => {
  afterEach(restoreDialog);

  describe("with a modal dialog", () => {
    beforeEach(polyfillDialog);

    it("enlarges the QR code, code and address to a full-screen dialog", async () => {
      const user = userEvent.setup();
      renderWithServices(<JoinPanel joinCode="AB12CD" />);
      await user.click(enlargeButton());
      const dialog = screen.getByRole("dialog", { name: "Rejoignez l'atelier" });
      expect(dialog.hasAttribute("open")).toBe(true);
      expect(within(dialog).getByText("AB12CD")).toBeTruthy();
      expect(within(dialog).getByText(/192\.168\.1\.20:8080\/j\/AB12CD/)).toBeTruthy();
      expect(
        within(dialog).getByRole("img", { name: "QR code vers http://192.168.1.20:8080/j/AB12CD" }),
      ).toBeTruthy();
    });

    it("closes with its button, focus back on « Agrandir »", async () => {
      const user = userEvent.setup();
      renderWithServices(<JoinPanel joinCode="AB12CD" />);
      await user.click(enlargeButton());
      await user.click(screen.getByRole("button", { name: "Fermer" }));
      await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
      expect(document.activeElement).toBe(enlargeButton());
    });

    it("closes with Escape, focus back on « Agrandir »", async () => {
      const user = userEvent.setup();
      renderWithServices(<JoinPanel joinCode="AB12CD" />);
      await user.click(enlargeButton());
      await user.keyboard("{Escape}");
      await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
      expect(document.activeElement).toBe(enlargeButton());
    });
  });

  it("still opens and closes where <dialog> has no showModal", async () => {
    removeDialogMethods();
    const user = userEvent.setup();
    renderWithServices(<JoinPanel joinCode="AB12CD" />);
    await user.click(enlargeButton());
    expect(screen.getByRole("dialog").hasAttribute("open")).toBe(true);
    await user.click(screen.getByRole("button", { name: "Fermer" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(enlargeButton());
  });

  it("offers no enlargement without a join code", () => {
    renderWithServices(<JoinPanel joinCode={null} />);
    expect(screen.queryByRole("button")).toBeNull();
  });
});
