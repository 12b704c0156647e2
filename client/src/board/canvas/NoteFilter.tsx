import { useId } from "react";
import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";
import { useT } from "../../i18n/i18n";

export const NOTE_FILTERS = ["all", "offer", "need"] as const;
export type NoteFilterKind = (typeof NOTE_FILTERS)[number];

/** Which notes this board shows plainly; the others are dimmed (local to this board). */
export type NoteFilterStore = ReturnType<typeof createNoteFilterStore>;
export const createNoteFilterStore = () =>
  createStore<{ kind: NoteFilterKind }>()(() => ({ kind: "all" }));

/** Whether a note of this kind is dimmed by the board's filter. */
export const isFilteredOut = (filter: NoteFilterKind, kind: string | null): boolean =>
  filter !== "all" && kind !== filter;

/** "Afficher : tous / je propose / je cherche", in the board's drawer. */
export function NoteFilter({ store: noteFilter }: { store: NoteFilterStore }) {
  const t = useT();
  const id = useId();
  const kind = useStore(noteFilter, (state) => state.kind);
  return (
    <fieldset className="segmented note-filter">
      <legend className="note-filter__legend">{t("canvas.filter")}</legend>
      {NOTE_FILTERS.map((option) => (
        <label key={option} className="segmented__option">
          <input
            type="radio"
            name={`${id}-filter`}
            value={option}
            checked={kind === option}
            onChange={() => noteFilter.setState({ kind: option })}
          />
          <span>{t(`canvas.filters.${option}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
