import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { addNote, initWorkshop, LIMITS, readNotes, readNotesByAuthor } from "@troc/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { loadParticipant, saveParticipant } from "../session/storage";
import { createFakeConnection, fakeConnect } from "../test/fakeConnection";
import { fakeApi, JOIN_INFO, renderWithServices } from "../test/renderWithServices";
import { ParticipantPage } from "./ParticipantPage";

const ANA = { participantId: "p-ana", participantToken: "token-ana", name: "Ana" };

function workshopDoc(): Y.Doc {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: JOIN_INFO.title, prompt: JOIN_INFO.prompt });
  return doc;
}

/** A participant already registered on this phone, on a connected workshop. */
async function openAsAna(doc: Y.Doc = workshopDoc()) {
  saveParticipant(JOIN_INFO.workshopId, ANA);
  const connection = createFakeConnection(doc);
  const connect = fakeConnect(connection);
  const view = renderWithServices(<ParticipantPage joinCode="ab12cd" />, { connect });
  const field = await screen.findByRole("textbox", { name: "Votre compétence" });
  return { doc, connection, connect, field, view, user: userEvent.setup() };
}

const myNotes = () => screen.getByRole("region", { name: "Mes post-its" });

describe("ParticipantPage", () => {
  it("says plainly when the code is unknown, with a way home", async () => {
    const api = fakeApi({ resolveJoinCode: async () => null });
    renderWithServices(<ParticipantPage joinCode=" zz99 " />, { api });
    expect(
      await screen.findByRole("heading", { name: /Aucun atelier ne correspond au code « ZZ99 »/ }),
    ).toBeTruthy();
    expect(screen.getByRole("link", { name: "Retour à l'accueil" }).getAttribute("href")).toBe("/");
  });

  it("asks for a name once, registers, remembers it and connects with the token", async () => {
    const api = fakeApi();
    const connection = createFakeConnection(workshopDoc());
    const connect = fakeConnect(connection);
    renderWithServices(<ParticipantPage joinCode="AB12CD" />, { api, connect });
    const user = userEvent.setup();

    expect(await screen.findByText(JOIN_INFO.prompt)).toBeTruthy();
    await user.type(screen.getByRole("textbox", { name: "Prénom ou pseudonyme" }), "  Ana {Enter}");

    expect(await screen.findByRole("textbox", { name: "Votre compétence" })).toBeTruthy();
    expect(api.resolveJoinCode).toHaveBeenCalledWith("AB12CD");
    expect(api.registerParticipant).toHaveBeenCalledWith(JOIN_INFO.workshopId, "Ana");
    expect(loadParticipant(JOIN_INFO.workshopId)).toEqual(ANA);
    expect(connect.calls).toEqual([{ workshopId: JOIN_INFO.workshopId, token: "token-ana" }]);
  });

  it("refuses an empty name without calling the server", async () => {
    const api = fakeApi();
    renderWithServices(<ParticipantPage joinCode="AB12CD" />, { api });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Commencer" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/Le prénom contient de 1 à 40/);
    expect(api.registerParticipant).not.toHaveBeenCalled();
  });

  it("comes back as the same participant after a reload", async () => {
    const api = fakeApi();
    saveParticipant(JOIN_INFO.workshopId, ANA);
    const connect = fakeConnect(createFakeConnection(workshopDoc()));
    renderWithServices(<ParticipantPage joinCode="AB12CD" />, { api, connect });
    expect(await screen.findByText("Bonjour Ana !")).toBeTruthy();
    expect(screen.queryByRole("textbox", { name: "Prénom ou pseudonyme" })).toBeNull();
    expect(api.registerParticipant).not.toHaveBeenCalled();
    expect(connect.calls[0]?.token).toBe("token-ana");
  });

  it("sends a note with Enter through the shared command, then empties and focuses the field", async () => {
    const { doc, field, user } = await openAsAna();
    await user.click(screen.getByRole("radio", { name: "Vert" }));
    await user.type(field, "monter un budget prévisionnel{Enter}");

    const notes = readNotes(doc);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      text: "monter un budget prévisionnel",
      color: "green",
      authorId: "p-ana",
      authorName: "Ana",
      familyId: null,
    });
    expect((field as HTMLTextAreaElement).value).toBe("");
    expect(document.activeElement).toBe(field);
  });

  it("says a note written offline is kept on the phone, and sent once connected", async () => {
    const { connection, field, user } = await openAsAna();
    act(() => connection.setState({ status: "disconnected" }));
    await user.type(field, "réparer un vélo{Enter}");
    expect(
      await screen.findByText(
        /Gardé sur ce téléphone\s:\s«\sréparer un vélo\s»\. Il partira dès le retour du réseau\./,
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/Envoyé/)).toBeNull();
    act(() => connection.setState({ status: "connected" }));
    await user.type(field, "coudre{Enter}");
    expect(await screen.findByText(/Envoyé\s:\s«\scoudre\s»/)).toBeTruthy();
  });

  it("says what was just sent next to the button, until the next note is typed", async () => {
    const { field, user } = await openAsAna();
    expect(
      screen.getByText("Entrée pour envoyer, Maj + Entrée pour aller à la ligne."),
    ).toBeTruthy();
    await user.type(field, "  tenir une comptabilité {Enter}");
    expect(
      (await screen.findByText(/Envoyé\s:\s«\stenir une comptabilité\s»/)).getAttribute(
        "aria-live",
      ),
    ).toBe("polite");
    await user.type(field, "a");
    await waitFor(() => expect(screen.queryByText(/Envoyé/)).toBeNull());
  });

  it("gives a touch screen a hint about its keyboard's send key", async () => {
    const coarse = (query: string) =>
      ({ matches: query === "(pointer: coarse)", media: query }) as MediaQueryList;
    window.matchMedia = coarse;
    try {
      await openAsAna();
      expect(await screen.findByText(/La touche «\sEnvoyer\s» du clavier/)).toBeTruthy();
      expect(screen.queryByText(/Maj \+ Entrée/)).toBeNull();
    } finally {
      // @ts-expect-error jsdom has no matchMedia: restore that.
      delete window.matchMedia;
    }
  });

  it("sends the category and kind chosen in the radio groups, professional and unspecified by default", async () => {
    const { doc, field, user } = await openAsAna();
    const category = screen.getByRole("group", { name: "Type de compétence" });
    const kind = screen.getByRole("group", { name: /Vous la proposez ou la cherchez/ });
    expect(within(category).getByRole("radio", { name: "Professionnelle" })).toHaveProperty(
      "checked",
      true,
    );
    expect(within(kind).getByRole("radio", { name: "Sans précision" })).toHaveProperty(
      "checked",
      true,
    );
    await user.type(field, "négocier un contrat{Enter}");

    await user.click(within(category).getByRole("radio", { name: "Personnelle" }));
    await user.click(within(kind).getByRole("radio", { name: "Je cherche" }));
    await user.type(field, "faire de la sangria{Enter}");
    await user.click(within(kind).getByRole("radio", { name: "Je propose" }));
    await user.type(field, "chanter{Enter}");

    // By text: notes written in the same millisecond have no fixed order.
    const written = new Map(
      readNotes(doc).map(({ text, category, kind }) => [text, { category, kind }]),
    );
    expect(written).toEqual(
      new Map([
        ["négocier un contrat", { category: "pro", kind: null }],
        ["faire de la sangria", { category: "perso", kind: "need" }],
        ["chanter", { category: "perso", kind: "offer" }],
      ]),
    );
    expect((field as HTMLTextAreaElement).value).toBe("");
    expect(document.activeElement).toBe(field);
  });

  it("breaks the line with Shift+Enter instead of sending", async () => {
    const { doc, field, user } = await openAsAna();
    await user.type(field, "chanter{Shift>}{Enter}{/Shift}danser");
    expect(readNotes(doc)).toHaveLength(0);
    expect((field as HTMLTextAreaElement).value).toBe("chanter\ndanser");
  });

  it("refuses an over-long note with a message and keeps the text", async () => {
    const { doc, field, user } = await openAsAna();
    const tooLong = "a".repeat(LIMITS.noteText.max + 1);
    await user.click(field);
    await user.paste(tooLong);
    expect(screen.getByText(`${LIMITS.noteText.max + 1} / ${LIMITS.noteText.max}`)).toBeTruthy();
    await user.keyboard("{Enter}");

    expect(screen.getByRole("alert").textContent).toMatch(/de 1 à 280 caractères/);
    expect(readNotes(doc)).toHaveLength(0);
    expect((field as HTMLTextAreaElement).value).toBe(tooLong);
  });

  it("lists my own notes newest first, waiting until the server has stored them", async () => {
    const doc = workshopDoc();
    addNote(doc, { text: "yoga", color: "pink", authorId: "p-bob", authorName: "Bob" });
    const { connection, field, user } = await openAsAna(doc);

    await user.type(field, "parler espagnol{Enter}");
    await user.type(field, "faire une mousse au chocolat{Enter}");

    const items = within(myNotes()).getAllByRole("article");
    expect(items.map((item) => item.querySelector(".postit__text")?.textContent)).toEqual([
      "faire une mousse au chocolat",
      "parler espagnol",
    ]);
    expect(items.map((item) => item.getAttribute("data-note-id"))).toEqual(
      readNotesByAuthor(doc, "p-ana").map((note) => note.id),
    );
    expect(within(myNotes()).getAllByText("en attente")).toHaveLength(2);
    expect(within(myNotes()).queryByText("yoga")).toBeNull();

    act(() => connection.storeEverything());

    expect(within(myNotes()).queryByText("en attente")).toBeNull();
    expect(within(myNotes()).getAllByText("✓ enregistré")).toHaveLength(2);
  });

  it("switches to English and back, keeping the draft and every note on screen", async () => {
    const doc = workshopDoc();
    addNote(doc, { text: "parler espagnol", color: "pink", authorId: "p-ana", authorName: "Ana" });
    const { field, user } = await openAsAna(doc);
    await user.type(field, "un brouillon");

    await user.click(screen.getByRole("button", { name: "English" }));
    const englishField = await screen.findByRole("textbox", { name: "Your skill" });
    expect(document.documentElement.lang).toBe("en");
    expect((englishField as HTMLTextAreaElement).value).toBe("un brouillon");
    const mine = screen.getByRole("region", { name: "My post-its" });
    expect(within(mine).getByRole("button", { name: "Edit" })).toBeTruthy();
    expect(within(mine).getByText("waiting")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("connected");

    await user.click(screen.getByRole("button", { name: "Français" }));
    expect(within(myNotes()).getByRole("button", { name: "Modifier" })).toBeTruthy();
    expect(localStorage.getItem("troc.language")).toBe("fr");
  });

  it("shows the connection state", async () => {
    const { connection } = await openAsAna();
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("connecté"));
    act(() => connection.setState({ status: "connecting" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("reconnexion…"));
    act(() => connection.setState({ status: "disconnected" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("hors ligne"));
  });

  it("offers to join again when the server no longer knows this phone's token", async () => {
    const { connection, user } = await openAsAna();
    act(() => connection.setState({ status: "disconnected", error: "bad-token" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/Accès refusé/);
    await user.click(screen.getByRole("button", { name: "Rejoindre à nouveau" }));
    expect(await screen.findByRole("textbox", { name: "Prénom ou pseudonyme" })).toBeTruthy();
    expect(loadParticipant(JOIN_INFO.workshopId)).toBeNull();
    expect(connection.destroyed).toBe(true);
  });

  it("closes the connection when the page goes away", async () => {
    const { connection, view } = await openAsAna();
    expect(connection.destroyed).toBe(false);
    view.unmount();
    expect(connection.destroyed).toBe(true);
  });
});
