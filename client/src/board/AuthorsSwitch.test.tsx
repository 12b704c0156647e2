import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { initWorkshop, readMeta, setShowAuthors } from "@troc/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { selectShowAuthors } from "../store/selectors";
import { renderOnBoard } from "../test/renderOnBoard";
import { AuthorsSwitch } from "./AuthorsSwitch";

function workshop(): Y.Doc {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: "Atelier" });
  return doc;
}

const toggle = () => screen.getByRole("switch", { name: "Afficher le nom des auteurs" });

describe("AuthorsSwitch", () => {
  it("is on for a workshop that never set it", () => {
    const { store } = renderOnBoard(<AuthorsSwitch />, workshop());
    expect(toggle()).toHaveProperty("checked", true);
    expect(toggle().getAttribute("aria-checked")).toBe("true");
    expect(selectShowAuthors(store.getState())).toBe(true);
  });

  it("hides then shows authors' names, in the document", async () => {
    const user = userEvent.setup();
    const { doc, store } = renderOnBoard(<AuthorsSwitch />, workshop());
    await user.click(toggle());
    expect(readMeta(doc)?.showAuthors).toBe(false);
    expect(selectShowAuthors(store.getState())).toBe(false);
    expect(toggle().getAttribute("aria-checked")).toBe("false");
    await user.click(toggle());
    expect(readMeta(doc)?.showAuthors).toBe(true);
  });

  it("follows another facilitator's change", () => {
    const { doc } = renderOnBoard(<AuthorsSwitch />, workshop());
    act(() => setShowAuthors(doc, false));
    expect(toggle()).toHaveProperty("checked", false);
  });

  it("is disabled until the document has synced", () => {
    renderOnBoard(<AuthorsSwitch />, new Y.Doc());
    expect(toggle()).toHaveProperty("disabled", true);
  });
});
