import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createFamily } from "./families";
import { initWorkshop } from "./meta";
import { addNote, editNote } from "./notes";
import type { BoardChange } from "./observe";
import { observeBoard } from "./observe";

const author = { color: "green" as const, authorId: "p1", authorName: "Léa" };

describe("observeBoard", () => {
  it("reports which notes, families and meta a transaction touched, and whether it was local", () => {
    const local = new Y.Doc();
    const remote = new Y.Doc();
    const seen: BoardChange[] = [];
    const stop = observeBoard(remote, (change) => seen.push(change));
    local.on("update", (update: Uint8Array) => Y.applyUpdate(remote, update, "network"));

    initWorkshop(local, {});
    const id = addNote(local, { text: "yoga", ...author });
    editNote(local, id, { text: "faire du yoga" });
    createFamily(local, { name: "Compétences perso", color: "lime" });

    expect(seen.map((c) => ({ ...c, notes: [...c.notes] }))).toEqual([
      { notes: [], families: false, meta: true, local: false },
      { notes: [id], families: false, meta: false, local: false },
      { notes: [id], families: false, meta: false, local: false },
      { notes: [], families: true, meta: false, local: false },
    ]);
    stop();
    addNote(local, { text: "chanter", ...author });
    expect(seen).toHaveLength(4);
  });
});
