// The floor's page: the least a page does to show a board from its Yjs document (fetch it,
// apply it, one plain button per note in its family's list), no framework, no layout.
import * as Y from "yjs";

const response = await fetch("/doc.bin");
const doc = new Y.Doc();
Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()));
const lists = new Map<string, HTMLUListElement>();
const board = document.getElementById("board");
for (const note of doc.getMap<Y.Map<unknown>>("notes").values()) {
  const family = String(note.get("familyId") ?? "pool");
  let list = lists.get(family);
  if (!list) {
    const section = document.createElement("section");
    list = document.createElement("ul");
    section.append(list);
    board?.append(section);
    lists.set(family, list);
  }
  const item = document.createElement("li");
  const button = document.createElement("button");
  button.dataset.noteId = String(note.get("id"));
  button.setAttribute("aria-label", String(note.get("text")));
  button.className = String(note.get("color"));
  item.append(button);
  list.append(item);
}
