import type { ReactNode } from "react";
import { useMemo, useRef, useState } from "react";
import { createStore } from "zustand/vanilla";
import { NoteDetailDialog } from "../NoteDetailDialog";
import { BoardCanvas } from "./BoardCanvas";
import { CanvasProvider } from "./CanvasContext";
import { createDndBindings } from "./dndBindings";
import type { NoteFilterStore } from "./NoteFilter";
import { createArmedNoteStore } from "./noteDrag";
import { SortPicker } from "./SortPicker";
import { createSelectionStore } from "./selection";

/**
 * The sorting area of the board: selection, the sort picker, the canvas, the open note.
 * `noteFilter` is the board's (its control sits in the drawer); `poolFooter` goes under the pool.
 */
export function BoardWorkspace({
  noteFilter,
  poolFooter,
}: {
  noteFilter: NoteFilterStore;
  poolFooter?: ReactNode;
}) {
  const selection = useMemo(() => createSelectionStore(), []);
  const armedNote = useMemo(() => createArmedNoteStore(), []);
  const dnd = useMemo(() => createDndBindings(), []);
  const revealing = useMemo(
    () => createStore<{ familyId: string | null }>()(() => ({ familyId: null })),
    [],
  );
  const picker = useRef<HTMLInputElement>(null);
  const typed = useRef("");
  const [openNoteId, setOpenNoteId] = useState<string | null>(null);
  const services = useMemo(
    () => ({
      selection,
      armedNote,
      dnd,
      noteFilter,
      openNote: setOpenNoteId,
      // The picker appears with the selection, so focus it once React has drawn it; letters
      // typed until then wait here for the picker to take them as it gets the focus.
      focusPicker: (letters = "") => {
        typed.current += letters;
        requestAnimationFrame(() => picker.current?.focus());
      },
      revealing,
      revealFamily: (familyId: string) => revealing.setState({ familyId }),
      takeTyped: () => {
        const letters = typed.current;
        typed.current = "";
        return letters;
      },
    }),
    [selection, armedNote, dnd, noteFilter, revealing],
  );
  return (
    <CanvasProvider value={services}>
      <BoardCanvas overlay={<SortPicker inputRef={picker} />} poolFooter={poolFooter} />
      <NoteDetailDialog noteId={openNoteId} onClose={() => setOpenNoteId(null)} />
    </CanvasProvider>
  );
}
