import type { NoteRecord, StackAuthor } from "@troc/shared";
import type { t as translate } from "../../i18n/i18n";
import type { BoardState } from "../../store/boardStore";
import { authorNames, selectShowAuthors, selectShows, selectStackOf } from "../../store/selectors";

/** What a note shows besides its text, in words: NoteFace draws them, a tile is named by them. */
export interface NoteShows {
  /** "par Léa, Noé"; null when no author line is shown. */
  author: string | null;
  /** "+2": how many parts it has; null for none. */
  parts: string | null;
  /** Its badges: offer or need ("propose"), and interest, counted in the exchange phase only. */
  kind: string | null;
  interest: string | null;
  /** All it says, as a screen reader reads the note drawn in full: a tile's accessible name. */
  label: string;
}

/** What a note showed, and what it was worked out from. */
interface Known {
  key: string;
  stack: readonly StackAuthor[] | undefined;
  showAuthors: boolean;
  exchange: boolean;
  shows: NoteShows;
}

/**
 * A reader of what each note shows, for the note drawn in full (NoteFace), as a tile (its
 * accessible name) and for its height (tilesHeight.ts). Worked out again for a note only when
 * its record, the authors stacked under it or the workshop's settings change: the store changes
 * many times a second while a plenary writes, and a board has thousands of tiles.
 */
export function makeNoteShows(t: typeof translate) {
  const known = new WeakMap<NoteRecord, Known>();
  return (state: BoardState, note: NoteRecord): NoteShows => {
    const showAuthors = selectShowAuthors(state);
    const stack = showAuthors ? selectStackOf(state, note.id) : undefined;
    const exchange = selectShows(state).interest;
    const before = known.get(note);
    // Each note of the board is read at every change of the board: a note with no stack (most)
    // is answered without building anything.
    if (
      before !== undefined &&
      before.stack === stack &&
      before.showAuthors === showAuthors &&
      before.exchange === exchange
    ) {
      return before.shows;
    }
    const authors = showAuthors ? authorNames(note, stack) : [];
    const key = `${exchange}\u0000${authors.join("\u0000")}`;
    if (before?.key === key) {
      known.set(note, { ...before, stack, showAuthors, exchange });
      return before.shows;
    }
    const author = authors.length > 0 ? t("board.by", { name: authors.join(", ") }) : null;
    const parts = note.parts.length > 0 ? `+${note.parts.length}` : null;
    const kind = note.kind ? t(`board.kinds.${note.kind}`) : null;
    const interested = note.interested.length;
    const interest =
      exchange && interested > 0 ? t("board.interested", { count: interested }) : null;
    const label = [note.text, author, parts, kind, interest]
      .filter((words) => words !== null)
      .join(" ");
    const shows = { author, parts, kind, interest, label };
    known.set(note, { key, stack, showAuthors, exchange, shows });
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
