import type { FamilyRecord, NoteRecord, WorkshopMeta } from "@troc/shared";
import type { StoreApi } from "zustand/vanilla";
import { createStore } from "zustand/vanilla";
import type { ConnectionState } from "../sync/connection";

/**
 * What the pages render: a read projection of the workshop's document (written only by
 * bindDocToStore) and the local state of the connection.
 */
export interface BoardState {
  /** null until the document has synced its meta. */
  meta: WorkshopMeta | null;
  /** Every readable note by id; an unchanged note keeps its object, so memoised views skip. */
  notes: Readonly<Record<string, NoteRecord>>;
  /** Families in board order. */
  families: readonly FamilyRecord[];
  /** Per note id: has the server stored the note as it is now? */
  stored: Readonly<Record<string, boolean>>;
  connection: ConnectionState;
}

export type BoardStore = StoreApi<BoardState>;

export const initialConnection: ConnectionState = {
  status: "connecting",
  wasConnected: false,
  error: null,
};

export function createBoardStore(): BoardStore {
  return createStore<BoardState>()(() => ({
    meta: null,
    notes: {},
    families: [],
    stored: {},
    connection: initialConnection,
  }));
}
