import { memo, useId } from "react";
import { PostIt } from "../components/PostIt";
import { useT } from "../i18n/i18n";
import { useBoard } from "../store/BoardStoreContext";
import { moveNoteTo } from "./boardActions";
import { useDoc } from "./DocContext";

/** A note on the board with its "move to family" select; re-renders only when it changes. */
export const BoardNote = memo(function BoardNote({ noteId }: { noteId: string }) {
  const t = useT();
  const id = useId();
  const doc = useDoc();
  const note = useBoard((state) => state.notes[noteId]);
  const families = useBoard((state) => state.families);
  if (!note) return null;
  const current = note.familyId !== null && families.some((f) => f.id === note.familyId);
  return (
    <PostIt noteId={note.id} color={note.color} text={note.text}>
      <span className="postit__author">{t("board.by", { name: note.authorName })}</span>
      <label className="visually-hidden" htmlFor={id}>
        {t("board.moveLabel", { text: note.text })}
      </label>
      <select
        id={id}
        className="postit__move"
        value={current ? (note.familyId ?? "") : ""}
        onChange={(event) => moveNoteTo(doc, note.id, event.target.value)}
      >
        <option value="">{t("board.moveToPool")}</option>
        {families.map((family) => (
          <option key={family.id} value={family.id}>
            {family.name}
          </option>
        ))}
      </select>
    </PostIt>
  );
});
