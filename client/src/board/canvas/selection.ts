import { createStore } from "zustand/vanilla";

/** The notes the facilitator has selected on this board (local to this tab, not shared). */
export interface SelectionState {
  ids: ReadonlySet<string>;
}

export type SelectionStore = ReturnType<typeof createSelectionStore>;

export function createSelectionStore() {
  const store = createStore<SelectionState>()(() => ({ ids: new Set<string>() }));
  const set = (ids: ReadonlySet<string>) => store.setState({ ids });
  return Object.assign(store, {
    /** A plain click: this note alone. */
    selectOnly(id: string) {
      set(new Set([id]));
    },
    /** Shift/Ctrl/Cmd-click: add or remove one note. */
    toggle(id: string) {
      const next = new Set(store.getState().ids);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      set(next);
    },
    /** A rubber band: these notes, added to the selection when `add` (Shift held). */
    selectMany(ids: Iterable<string>, add = false) {
      const next = new Set(add ? store.getState().ids : []);
      for (const id of ids) next.add(id);
      set(next);
    },
    clear() {
      if (store.getState().ids.size > 0) set(new Set());
    },
    /** Drops ids that no longer exist (deleted elsewhere). */
    keepOnly(exists: (id: string) => boolean) {
      const { ids } = store.getState();
      if ([...ids].every(exists)) return;
      set(new Set([...ids].filter(exists)));
    },
  });
}
