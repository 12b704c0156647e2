// Loaded only when a participant deepens one of their notes: the parts editor is the board's
// (with its messages and styles), kept out of the phone's first download.
import "../i18n/boardMessages";
import "../board/noteTools.css";
import type * as Y from "yjs";
import { DocProvider } from "../board/DocContext";
import { NoteParts } from "../board/NoteParts";

/** The parts (savoirs, savoir-faire, savoir-être) of one of my notes, to add, edit, remove. */
export default function MyNoteParts({ doc, noteId }: { doc: Y.Doc; noteId: string }) {
  return (
    <DocProvider doc={doc}>
      <NoteParts noteId={noteId} />
    </DocProvider>
  );
}
