import type { NoteColor } from "@troc/shared";
import type { ReactNode } from "react";

interface PostItProps {
  noteId: string;
  color: NoteColor;
  text: string;
  /** Small print under the text: author, delivery mark, tools. */
  children?: ReactNode;
  /** Shown instead of the text, e.g. a field to edit it. */
  editor?: ReactNode;
  /** A tap on the text; the same action must also have a real button (keyboard, readers). */
  onTextClick?: () => void;
}

/** One note as a coloured square of paper; `data-note-id` lets tests and tools find it. */
export function PostIt({ noteId, color, text, children, editor, onTextClick }: PostItProps) {
  return (
    <article className={`postit postit--${color}`} data-note-id={noteId}>
      {editor ?? (
        // A shortcut for fingers only: the button that does the same is in the footer.
        // biome-ignore lint/a11y/useKeyWithClickEvents: the footer's button is the keyboard path.
        <p
          className={onTextClick ? "postit__text postit__text--tappable" : "postit__text"}
          onClick={onTextClick}
        >
          {text}
        </p>
      )}
      {children ? <footer className="postit__footer">{children}</footer> : null}
    </article>
  );
}
