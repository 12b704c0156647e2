import { act, screen } from "@testing-library/react";
import { addNote, addPart, initWorkshop, readNotes, setPhase, setShowAuthors } from "@troc/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { renderOnBoard } from "../test/renderOnBoard";
import { ReadOnlyNote } from "./ReadOnlyNote";

function board() {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: "Atelier" });
  const samNote = addNote(doc, {
    text: "négocier un contrat",
    color: "blue",
    authorId: "p-sam",
    authorName: "Sam",
  });
  const myNote = addNote(doc, {
    text: "chanter",
    color: "pink",
    authorId: "p-ana",
    authorName: "Ana",
  });
  const view = renderOnBoard(
    <>
      <ReadOnlyNote doc={doc} noteId={samNote} participantId="p-ana" exchange={false} />
      <ReadOnlyNote doc={doc} noteId={myNote} participantId="p-ana" exchange={false} />
    </>,
    doc,
  );
  return { doc, view };
}

describe("ReadOnlyNote on a phone", () => {
  it("says who wrote another person's note", () => {
    board();
    expect(screen.getByText("par Sam")).toBeTruthy();
    expect(screen.getByText("à moi")).toBeTruthy();
  });

  it("hides authors' names while the facilitator hides them, keeping « à moi »", () => {
    const { doc } = board();
    act(() => setShowAuthors(doc, false));
    expect(screen.queryByText("par Sam")).toBeNull();
    expect(screen.getByText("négocier un contrat")).toBeTruthy();
    expect(screen.getByText("à moi")).toBeTruthy();
    act(() => setShowAuthors(doc, true));
    expect(screen.getByText("par Sam")).toBeTruthy();
  });

  it("shows how others deepened their skills once the writing is over", async () => {
    const { doc } = board();
    const samNote = readNotes(doc).find((note) => note.authorId === "p-sam")?.id ?? "";
    act(() => addPart(doc, samNote, { type: "savoir-faire", text: "lire un contrat de travail" }));
    expect(screen.queryByText("lire un contrat de travail")).toBeNull(); // still writing
    act(() => setPhase(doc, "sorting"));
    const parts = await screen.findByRole("list", { name: "Ce que ce savoir-faire demande" });
    expect(parts.textContent).toBe("Savoir-faire lire un contrat de travail");
  });
});
