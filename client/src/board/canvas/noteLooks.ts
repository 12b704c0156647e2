import type { Kind, NoteColor, NoteRecord } from "@troc/shared";
import type { t as translate } from "../../i18n/i18n";
import type { BoardState } from "../../store/boardStore";
import type { NoteShows } from "./noteShows";
import { noteShowsIn } from "./noteShows";

/** What a list of notes on the canvas reads of each note to draw its button. */
export interface NoteLook {
  id: string;
  color: NoteColor;
  /** For the board's filter (offers, needs). */
  kind: Kind | null;
  /** A tile's accessible name, all the note says (noteShows.ts); undefined when drawn in full. */
  label: string | undefined;
}

// Kept per note record (drawn in full) or per NoteShows (a tile): both are replaced, never
// changed, when the note or what it shows changes, so an unchanged note keeps its look and
// the list comparing looks one by one does not redraw it.
const inFull = new WeakMap<NoteRecord, NoteLook>();
const asTiles = new WeakMap<NoteShows, NoteLook>();

/**
 * A selector of the looks of `ids`' notes, in order (ids without a note are left out); `t` to
 * name them as tiles, null when they are drawn in full. One selector for a whole list: a board
 * of 2,000 notes subscribed a dozen selectors per note to the store, and ran them all at each
 * change of the document.
 */
export function makeSelectLooks(ids: readonly string[], t: typeof translate | null) {
  const showsOf = t === null ? null : noteShowsIn(t);
  return (state: BoardState): NoteLook[] => {
    const looks: NoteLook[] = [];
    for (const id of ids) {
      const note = state.notes[id];
      if (!note) continue;
      if (showsOf === null) {
        let look = inFull.get(note);
        if (!look) {
          look = { id, color: note.color, kind: note.kind ?? null, label: undefined };
          inFull.set(note, look);
        }
        looks.push(look);
        continue;
      }
      const shows = showsOf(state, note);
      let look = asTiles.get(shows);
      if (!look) {
        look = { id, color: note.color, kind: note.kind ?? null, label: shows.label };
        asTiles.set(shows, look);
      }
      looks.push(look);
    }
    return looks;
  };
}
