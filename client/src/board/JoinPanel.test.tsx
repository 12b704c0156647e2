import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderWithServices } from "../test/renderWithServices";
import { JoinPanel } from "./JoinPanel";

type DialogMethods = Pick<HTMLDialogElement, "showModal" | "close">;
const proto = HTMLDialogElement.prototype as Partial<DialogMethods>;
const original: { [K in keyof DialogMethods]: DialogMethods[K] | undefined } = {
  showModal: proto.showModal,
  close: proto.close,
};

/**
 * jsdom has <dialog> but not its methods: these behave as browsers do where it matters here
 * (Escape closes a modal dialog; "close" is fired as a task, after close() returns).
 */
function polyfillDialog(): void {
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute("open", "");
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      this.ownerDocument.removeEventListener("keydown", onKey);
      this.close();
    };
    this.ownerDocument.addEventListener("keydown", onKey);
  };
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute("open")) return;
    this.removeAttribute("open");
    setTimeout(() => this.dispatchEvent(new Event("close")));
  };
}

function restoreDialog(): void {
  if (original.showModal) proto.showModal = original.showModal;
  else delete proto.showModal;
  if (original.close) proto.close = original.close;
  else delete proto.close;
}

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
    delete proto.showModal;
    delete proto.close;
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
