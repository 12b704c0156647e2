import type { NoteRecord } from "@troc/shared";
import type { t as translate } from "../../i18n/i18n";
import type { BoardState } from "../../store/boardStore";
import { makeSelectAuthorsOf, selectShowAuthors, selectShows } from "../../store/selectors";

/** What a note drawn in full shows besides its text (NoteFace), in words. */
export interface NoteShows {
  /** "par Léa, Noé"; null when no author line is shown. */
  author: string | null;
  /** "propose", "3 intéressé·es"…: its line of badges, empty when it has none. */
  badges: string[];
  /** All it says, as a screen reader reads the note drawn in full: a tile's accessible name. */
  label: string;
}

/**
 * A reader of what each note shows, for notes drawn as tiles: their height (tilesHeight.ts)
 * and their accessible name (CanvasNote). Worked out again for a note only when its record, the
 * authors stacked under it or the workshop's settings change: the store changes many times a
 * second while a plenary writes, and a board has thousands of tiles.
 */
export function makeNoteShows(t: typeof translate) {
  const known = new WeakMap<NoteRecord, { key: string; shows: NoteShows }>();
  return (state: BoardState, note: NoteRecord): NoteShows => {
    const authors = selectShowAuthors(state) ? makeSelectAuthorsOf(note.id)(state) : [];
    const interest = selectShows(state).interest;
    const key = `${interest}\u0000${authors.join("\u0000")}`;
    const before = known.get(note);
    if (before?.key === key) return before.shows;
    const badges: string[] = [];
    if (note.kind) badges.push(t(`board.kinds.${note.kind}`));
    if (interest && note.interested.length > 0) {
      badges.push(t("board.interested", { count: note.interested.length }));
    }
    const author = authors.length > 0 ? t("board.by", { name: authors.join(", ") }) : null;
    const parts = note.parts.length > 0 ? `+${note.parts.length}` : null;
    const label = [note.text, author, parts, ...badges].filter((words) => words !== null).join(" ");
    const shows = { author, badges, label };
    known.set(note, { key, shows });
    return shows;
  };
}

const readers = new WeakMap<typeof translate, ReturnType<typeof makeNoteShows>>();

/** The reader for this language, shared by every tile and cluster. */
export function noteShowsIn(t: typeof translate): ReturnType<typeof makeNoteShows> {
  let reader = readers.get(t);
  if (!reader) {
    reader = makeNoteShows(t);
    readers.set(t, reader);
  }
  return reader;
}
