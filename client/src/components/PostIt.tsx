import type { NoteColor } from "@troc/shared";
import type { ReactNode } from "react";

interface PostItProps {
  noteId: string;
  color: NoteColor;
  text: string;
  /** Small print under the text: author, delivery mark, tools. */
  children?: ReactNode;
}

/** One note as a coloured square of paper; `data-note-id` lets tests and tools find it. */
export function PostIt({ noteId, color, text, children }: PostItProps) {
  return (
    <article className={`postit postit--${color}`} data-note-id={noteId}>
      <p className="postit__text">{text}</p>
      {children ? <footer className="postit__footer">{children}</footer> : null}
    </article>
  );
}
