import type { t as translate } from "../../i18n/i18n";
import type { BoardState } from "../../store/boardStore";
import { selectGroupIds } from "../../store/selectors";
import type { MeasureText, NoteBox } from "./noteHeights";
import { headerHeight, noteHeight, rowsHeight } from "./noteHeights";
import { noteShowsIn } from "./noteShows";
import { canvasTextMeasure } from "./textWidth";

let sharedMeasureText: MeasureText | null = null;
const sharedMeasure = (): MeasureText => {
  sharedMeasureText ??= canvasTextMeasure();
  return sharedMeasureText;
};

/**
 * A selector of the height a family's notes take drawn in full, for the cluster drawn as tiles
 * (detail.ts): what each note would show (text, author line, badges), as CanvasNote shows it.
 * Recomputed when the notes or the workshop's settings change, each note's height only when
 * what it shows does (a plenary's board changes many times a second while people write).
 */
export function makeSelectTilesHeight(
  familyId: string,
  t: typeof translate,
  measure: MeasureText = sharedMeasure(),
) {
  const showsOf = noteShowsIn(t);
  let last: { notes: BoardState["notes"]; meta: BoardState["meta"]; height: number } | null = null;
  let known = new Map<string, { box: NoteBox; height: number }>();
  return (state: BoardState): number => {
    if (last?.notes === state.notes && last.meta === state.meta) return last.height;
    const heights: number[] = [];
    const next = new Map<string, { box: NoteBox; height: number }>();
    for (const id of selectGroupIds(familyId)(state)) {
      const note = state.notes[id];
      if (!note) continue;
      const shows = showsOf(state, note);
      const before = known.get(id);
      const box =
        before?.box.text === note.text &&
        before.box.author === shows.author &&
        before.box.badges === (shows.kind !== null || shows.interest !== null) &&
        before.box.parts === note.parts.length
          ? before.box
          : {
              text: note.text,
              author: shows.author,
              badges: shows.kind !== null || shows.interest !== null,
              parts: note.parts.length,
            };
      const height = before?.box === box ? before.height : noteHeight(box, measure);
      next.set(id, { box, height });
      heights.push(height);
    }
    known = next;
    last = { notes: state.notes, meta: state.meta, height: rowsHeight(heights) };
    return last.height;
  };
}

const selectors = new WeakMap<typeof translate, Map<string, (state: BoardState) => number>>();

/**
 * The page's one selector for a family in a language: the board's first layout (before any
 * cluster is measured) and the family's tiles read the same per-note heights, each note's
 * words measured once.
 */
export function tilesHeightOf(
  familyId: string,
  t: typeof translate,
): (state: BoardState) => number {
  let ofLanguage = selectors.get(t);
  if (!ofLanguage) {
    ofLanguage = new Map();
    selectors.set(t, ofLanguage);
  }
  let select = ofLanguage.get(familyId);
  if (!select) {
    select = makeSelectTilesHeight(familyId, t);
    ofLanguage.set(familyId, select);
  }
  return select;
}

/** A family's header height in its cluster, from its name, measured as its notes are. */
export const headerHeightOf = (name: string): number => headerHeight(name, sharedMeasure());
