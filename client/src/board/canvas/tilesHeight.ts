import type { t as translate } from "../../i18n/i18n";
import type { BoardState } from "../../store/boardStore";
import {
  makeSelectAuthorsOf,
  selectGroupIds,
  selectShowAuthors,
  selectShows,
} from "../../store/selectors";
import type { MeasureText, NoteBox } from "./noteHeights";
import { notesHeight } from "./noteHeights";
import { canvasTextMeasure } from "./textWidth";

let measure: MeasureText | null = null;

/**
 * A selector of the height a family's notes take drawn in full, for the cluster drawn as tiles
 * (detail.ts): what each note would show (text, author line, badges), as CanvasNote shows it.
 * Recomputed only when the notes or the workshop's settings change.
 */
export function makeSelectTilesHeight(familyId: string, t: typeof translate) {
  let last: { notes: BoardState["notes"]; meta: BoardState["meta"]; height: number } | null = null;
  return (state: BoardState): number => {
    if (last?.notes === state.notes && last.meta === state.meta) return last.height;
    measure ??= canvasTextMeasure();
    const showAuthors = selectShowAuthors(state);
    const interest = selectShows(state).interest;
    const boxes: NoteBox[] = [];
    for (const id of selectGroupIds(familyId)(state)) {
      const note = state.notes[id];
      if (!note) continue;
      const authors = showAuthors ? makeSelectAuthorsOf(id)(state) : [];
      boxes.push({
        text: note.text,
        author: authors.length > 0 ? t("board.by", { name: authors.join(", ") }) : null,
        badges: note.kind !== null || (interest && note.interested.length > 0),
      });
    }
    last = { notes: state.notes, meta: state.meta, height: notesHeight(boxes, measure) };
    return last.height;
  };
}
