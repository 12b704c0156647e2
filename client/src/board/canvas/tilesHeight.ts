import type { t as translate } from "../../i18n/i18n";
import type { BoardState } from "../../store/boardStore";
import {
  makeSelectAuthorsOf,
  selectGroupIds,
  selectShowAuthors,
  selectShows,
} from "../../store/selectors";
import type { MeasureText, NoteBox } from "./noteHeights";
import { noteHeight, rowsHeight } from "./noteHeights";
import { canvasTextMeasure } from "./textWidth";

let measure: MeasureText | null = null;

/**
 * A selector of the height a family's notes take drawn in full, for the cluster drawn as tiles
 * (detail.ts): what each note would show (text, author line, badges), as CanvasNote shows it.
 * Recomputed when the notes or the workshop's settings change, each note's height only when
 * what it shows does (a plenary's board changes many times a second while people write).
 */
export function makeSelectTilesHeight(familyId: string, t: typeof translate) {
  let last: { notes: BoardState["notes"]; meta: BoardState["meta"]; height: number } | null = null;
  let known = new Map<string, { box: NoteBox; height: number }>();
  return (state: BoardState): number => {
    if (last?.notes === state.notes && last.meta === state.meta) return last.height;
    measure ??= canvasTextMeasure();
    const showAuthors = selectShowAuthors(state);
    const interest = selectShows(state).interest;
    const heights: number[] = [];
    const next = new Map<string, { box: NoteBox; height: number }>();
    for (const id of selectGroupIds(familyId)(state)) {
      const note = state.notes[id];
      if (!note) continue;
      const authors = showAuthors ? makeSelectAuthorsOf(id)(state) : [];
      const box: NoteBox = {
        text: note.text,
        author: authors.length > 0 ? t("board.by", { name: authors.join(", ") }) : null,
        badges: note.kind !== null || (interest && note.interested.length > 0),
      };
      const before = known.get(id);
      const height = before && sameBox(before.box, box) ? before.height : noteHeight(box, measure);
      next.set(id, { box, height });
      heights.push(height);
    }
    known = next;
    last = { notes: state.notes, meta: state.meta, height: rowsHeight(heights) };
    return last.height;
  };
}

const sameBox = (a: NoteBox, b: NoteBox): boolean =>
  a.text === b.text && a.author === b.author && a.badges === b.badges;
