import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import * as Y from "yjs";
import { DocProvider } from "../board/DocContext";
import { BoardStoreProvider } from "../store/BoardStoreContext";
import { bindDocToStore } from "../store/bindDocToStore";
import { createBoardStore } from "../store/boardStore";
import { createStoredTracker } from "../sync/storedTracker";

/**
 * Renders a board component the way BoardPage provides for it: the document to dispatch on
 * and a store bound to that document, so what a command writes shows up as it would live.
 */
export function renderOnBoard(ui: ReactElement, doc: Y.Doc = new Y.Doc()) {
  const store = createBoardStore();
  const unbind = bindDocToStore(doc, store, createStoredTracker());
  const view = render(
    <BoardStoreProvider store={store}>
      <DocProvider doc={doc}>{ui}</DocProvider>
    </BoardStoreProvider>,
  );
  return { ...view, doc, store, unbind };
}
