import type { Category, Kind, NotePatch } from "@troc/shared";
import type { FormEvent, KeyboardEvent } from "react";
import { useId, useState } from "react";
import { FormError } from "../components/FormError";
import { useT } from "../i18n/i18n";
import { NoteChoices } from "./NoteChoices";
import type { EditResult } from "./noteDraft";

interface NoteEditorProps {
  initial: { text: string; category?: Category | undefined; kind?: Kind | null | undefined };
  /** Writes what changed; a refusal is shown under the field and the editor stays open. */
  onSave(patch: NotePatch): EditResult;
  onClose(): void;
}

/** The text of one of my notes, in place, with Enregistrer / Annuler. */
export default function NoteEditor({ initial, onSave, onClose }: NoteEditorProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(initial.text);
  // A note written without them (older clients) shows the composer's defaults.
  const [category, setCategory] = useState<Category>(initial.category ?? "pro");
  const [kind, setKind] = useState<Kind | null>(initial.kind ?? null);
  const [error, setError] = useState<string | null>(null);

  const save = () => {
    // Only what changed: an unchanged field rewritten would still count as a change to send.
    const patch: NotePatch = {};
    if (text !== initial.text) patch.text = text;
    if (category !== (initial.category ?? "pro")) patch.category = category;
    if (kind !== (initial.kind ?? null)) patch.kind = kind;
    const result = Object.keys(patch).length === 0 ? ({ ok: true } as const) : onSave(patch);
    if (result.ok) onClose();
    else setError(result.message);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onClose();
      return;
    }
    // As in the composer: Enter saves, Shift+Enter breaks the line, never mid-IME.
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    save();
  };

  return (
    <form className="note-editor" onSubmit={onSubmit}>
      <textarea
        className="note-editor__text"
        aria-label={t("participant.editLabel")}
        value={text}
        rows={3}
        enterKeyHint="done"
        // The editor opens on a tap meant to type: the keyboard should come up at once.
        // biome-ignore lint/a11y/noAutofocus: opened on purpose by the user's tap.
        autoFocus
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
      />
      <FormError id={`${id}-error`} error={error} />
      <NoteChoices
        category={category}
        kind={kind}
        onCategory={setCategory}
        onKind={setKind}
        compact
      />
      <div className="note-tools">
        <button className="button button--primary note-tools__button" type="submit">
          {t("participant.save")}
        </button>
        <button className="button note-tools__button" type="button" onClick={onClose}>
          {t("participant.cancel")}
        </button>
      </div>
    </form>
  );
}
