import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createFamily } from "./families";
import { setInterest } from "./interest";
import { initWorkshop } from "./meta";
import { addNote, moveNote, readNotes } from "./notes";
import { eraseParticipant, readParticipantData } from "./participantData";

function board() {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: "Atelier" });
  const ana = (text: string) =>
    addNote(doc, { text, color: "pink", authorId: "p-ana", authorName: "Ana" });
  const sung = ana("chanter");
  const cooked = ana("cuisiner");
  const bob = addNote(doc, { text: "budget", color: "blue", authorId: "p-bob", authorName: "Bob" });
  moveNote(doc, sung, createFamily(doc, { name: "Arts", color: "rose" }));
  setInterest(doc, bob, "p-ana", true);
  setInterest(doc, cooked, "p-bob", true);
  return { doc, sung, cooked, bob };
}

describe("a participant's data on the board", () => {
  it("lists their notes with their family, and the notes they marked", () => {
    const { doc, bob } = board();
    const data = readParticipantData(doc, "p-ana");
    expect(data.notes.map((n) => [n.text, n.family])).toEqual(
      expect.arrayContaining([
        ["chanter", "Arts"],
        ["cuisiner", null],
      ]),
    );
    expect(data.interests).toEqual([{ noteId: bob, text: "budget" }]);
  });

  it("erases their notes and their marks in one transaction, and nothing of anyone else's", () => {
    const { doc, bob } = board();
    let transactions = 0;
    doc.on("afterTransaction", () => {
      transactions += 1;
    });
    expect(eraseParticipant(doc, "p-ana")).toEqual({ notes: 2, interests: 1 });
    expect(transactions).toBe(1);
    expect(readNotes(doc).map((n) => [n.id, n.text, n.interested])).toEqual([[bob, "budget", []]]);
    expect(readParticipantData(doc, "p-ana")).toEqual({ notes: [], interests: [] });
  });
});
