import { act, screen, within } from "@testing-library/react";
import { addNote, initWorkshop, setHideOthersWhileWriting, setPhase } from "@troc/shared";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { BoardAwarenessProvider } from "../sync/AwarenessContext";
import { participantUser, publishUser } from "../sync/presence";
import { awarenessPeers } from "../test/awarenessPeers";
import { renderOnBoard } from "../test/renderOnBoard";
import { ReadinessPanel } from "./ReadinessPanel";

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

const write = (doc: Y.Doc, authorId: string, authorName: string, text: string) =>
  addNote(doc, { text, color: "yellow", authorId, authorName });

function setup() {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: "Atelier" });
  setHideOthersWhileWriting(doc, true);
  write(doc, "p-sam", "Sam", "négocier un contrat");
  write(doc, "p-sam", "Sam", "faire un prévisionnel");
  write(doc, "p-ana", "Ana", "chanter");
  write(doc, "facilitator", "Animation", "exemple");
  const net = awarenessPeers(3);
  cleanup = net.destroy;
  const [board, ana, zoe] = net.peers;
  if (!board || !ana || !zoe) throw new Error("peers");
  const view = renderOnBoard(
    <BoardAwarenessProvider awareness={board}>
      <ReadinessPanel />
    </BoardAwarenessProvider>,
    doc,
  );
  return { doc, ana, zoe, view };
}

const rows = () =>
  within(screen.getByRole("list", { name: "Qui a écrit ?" }))
    .getAllByRole("listitem")
    .map((item) => item.textContent);

describe("ReadinessPanel", () => {
  it("shows who has written how many notes, never what", () => {
    const { view } = setup();
    expect(rows()).toEqual(["Ana1 post-it", "Sam2 post-its"]);
    expect(screen.getByText("3 post-its")).toBeTruthy();
    expect(view.container.textContent).not.toMatch(/négocier|chanter|prévisionnel|exemple/);
  });

  it("lists connected phones that have not written yet, and counts them at the top", () => {
    const { ana, zoe, view } = setup();
    act(() => {
      publishUser(ana, participantUser("Ana"));
      publishUser(zoe, participantUser("Zoé"));
    });
    expect(rows()).toEqual(["Ana (connecté)1 post-it", "Sam2 post-its", "Zoé (connecté)0 post-it"]);
    const total = view.container.querySelector(".readiness__total")?.textContent;
    expect(total).toBe("3 post-its · 3 personnes · 1 sans post-it");
  });

  it("does not say everyone has written before anyone has joined", () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: "Atelier" });
    write(doc, "facilitator", "Animation", "exemple");
    const view = renderOnBoard(<ReadinessPanel />, doc);
    const total = view.container.querySelector(".readiness__total")?.textContent;
    expect(total).toBe("0 post-it · 0 personne");
    expect(screen.getByText("Personne n'a encore rejoint l'atelier.")).toBeTruthy();
  });

  it("follows new notes live", () => {
    const { doc } = setup();
    act(() => {
      write(doc, "p-ana", "Ana", "parler espagnol");
    });
    expect(rows()).toEqual(["Ana2 post-its", "Sam2 post-its"]);
  });

  it("is shown only while writing", () => {
    const { doc } = setup();
    act(() => setPhase(doc, "sorting"));
    expect(screen.queryByRole("heading", { name: "Qui a écrit ?" })).toBeNull();
    act(() => setPhase(doc, "writing"));
    expect(screen.getByRole("heading", { name: "Qui a écrit ?" })).toBeTruthy();
  });

  it("does not count the board empty while its document arrives", async () => {
    const loaded = new Y.Doc();
    initWorkshop(loaded, { title: "Atelier" });
    write(loaded, "p-sam", "Sam", "négocier un contrat");
    write(loaded, "p-ana", "Ana", "chanter");
    const doc = new Y.Doc();
    const view = renderOnBoard(<ReadinessPanel />, doc);
    // Every text the panel drew before its last render: texts a render replaced.
    const replaced: string[] = [];
    const watcher = new MutationObserver((records) => {
      for (const record of records) replaced.push(record.oldValue ?? "");
    });
    watcher.observe(view.container, {
      subtree: true,
      characterData: true,
      characterDataOldValue: true,
    });
    act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(loaded)));
    expect(await screen.findByText("2 post-its")).toBeTruthy();
    for (const record of watcher.takeRecords()) replaced.push(record.oldValue ?? "");
    watcher.disconnect();
    expect(replaced).not.toContain("0 post-it");
  });
});
