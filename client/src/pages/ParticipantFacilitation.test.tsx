import { act, screen, waitFor, within } from "@testing-library/react";
import { addNote, initWorkshop, setShowAuthors, startTimer, stopTimer } from "@troc/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { saveParticipant } from "../session/storage";
import { createFakeConnection, fakeConnect } from "../test/fakeConnection";
import { JOIN_INFO, renderWithServices } from "../test/renderWithServices";
import { ParticipantPage } from "./ParticipantPage";

const ANA = { participantId: "p-ana", participantToken: "token-ana", name: "Ana" };

async function openAsAna() {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: JOIN_INFO.title, prompt: JOIN_INFO.prompt });
  addNote(doc, { text: "budget", color: "blue", authorId: "p-bob", authorName: "Bob" });
  saveParticipant(JOIN_INFO.workshopId, ANA);
  const connection = createFakeConnection(doc);
  renderWithServices(<ParticipantPage joinCode="ab12cd" />, { connect: fakeConnect(connection) });
  await screen.findByRole("region", { name: "Mes post-its" });
  return { doc, connection };
}

describe("the phone follows the facilitator's tools", () => {
  it("shows the countdown in its header while one runs", async () => {
    const { doc } = await openAsAna();
    expect(screen.queryByRole("timer")).toBeNull();
    act(() => startTimer(doc, 5 * 60_000));
    const header = screen.getByRole("banner");
    expect((await within(header).findByRole("timer")).textContent).toMatch(/^0[45]:\d\d$/);
    act(() => stopTimer(doc));
    await waitFor(() => expect(screen.queryByRole("timer")).toBeNull());
  });

  it("hides other people's names when the facilitator hides authors", async () => {
    const { doc } = await openAsAna();
    expect(screen.getByText("par Bob")).toBeTruthy();
    act(() => setShowAuthors(doc, false));
    await waitFor(() => expect(screen.queryByText("par Bob")).toBeNull());
    expect(screen.getByText("budget")).toBeTruthy();
  });

  it("tells the board it is connected, under its registered name", async () => {
    const { connection } = await openAsAna();
    await waitFor(() =>
      expect(connection.awareness.getLocalState()).toMatchObject({
        user: { role: "participant", name: "Ana" },
      }),
    );
  });
});
