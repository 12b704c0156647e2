import type { ReactNode } from "react";
import { createContext, useContext } from "react";
import { useStore } from "zustand";
import { useShallow } from "zustand/react/shallow";
import type { BoardState, BoardStore } from "./boardStore";

const BoardStoreContext = createContext<BoardStore | null>(null);

export function BoardStoreProvider({
  store,
  children,
}: {
  store: BoardStore;
  children: ReactNode;
}) {
  return <BoardStoreContext value={store}>{children}</BoardStoreContext>;
}

/** The store itself, for handlers that read the current state without subscribing. */
export function useBoardStore(): BoardStore {
  const store = useContext(BoardStoreContext);
  if (store === null) throw new Error("useBoard needs a <BoardStoreProvider> above it");
  return store;
}

/** Reads a slice of the board; the component re-renders only when that slice changes. */
export function useBoard<T>(selector: (state: BoardState) => T): T {
  return useStore(useBoardStore(), selector);
}

/** Same, for selectors that build arrays: equal contents count as unchanged. */
export function useBoardList<T>(selector: (state: BoardState) => readonly T[]): readonly T[] {
  return useStore(useBoardStore(), useShallow(selector));
}

/** Same, for selectors that build an object (or null): equal fields count as unchanged. */
export function useBoardObject<T extends object | null>(selector: (state: BoardState) => T): T {
  return useStore(useBoardStore(), useShallow(selector));
}
