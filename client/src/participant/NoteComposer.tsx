import type { Category, Kind, NoteColor } from "@troc/shared";
import { LIMITS, NOTE_COLORS } from "@troc/shared";
import type { FormEvent, KeyboardEvent } from "react";
import { useId, useRef, useState } from "react";
import type * as Y from "yjs";
import { FormError } from "../components/FormError";
import { useT } from "../i18n/i18n";
import type { ParticipantIdentity } from "../session/storage";
import { useBoardStore } from "../store/BoardStoreContext";
import { isConnected } from "../sync/connection";
import { NoteChoices } from "./NoteChoices";
import { countNoteCharacters, isTooLong, writeNote } from "./noteDraft";

interface NoteComposerProps {
  doc: Y.Doc;
  author: ParticipantIdentity;
}

/**
 * The big field a participant writes a skill in, its colour, and the send button; shown only
 * while the workshop is open.
 */
export function NoteComposer({ doc, author }: NoteComposerProps) {
  const t = useT();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState("");
  const [color, setColor] = useState<NoteColor>("yellow");
  const [category, setCategory] = useState<Category>("pro");
  const [kind, setKind] = useState<Kind | null>(null);
  const [error, setError] = useState<string | null>(null);
  // What was just sent, said next to the button: on a small phone the list is off-screen.
  // Offline it is kept on the phone, and said so: "sent" would be a promise not yet kept.
  const [sent, setSent] = useState<{ text: string; online: boolean } | null>(null);
  const store = useBoardStore();
  // A phone's keyboard has no Shift + Enter: its send key is the hint there.
  const [touch] = useState(
    () => typeof window.matchMedia === "function" && window.matchMedia("(pointer: coarse)").matches,
  );
  const count = countNoteCharacters(text);
  const tooLong = isTooLong(text);

  const send = () => {
    const result = writeNote(doc, author, { text, color, category, kind });
    if (result.ok) {
      setSent({ text: text.trim(), online: isConnected(store.getState().connection) });
      setText("");
      setError(null);
    } else {
      setSent(null);
      setError(result.message);
    }
    field.current?.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter sends, Shift+Enter breaks the line; never while an IME is composing a word.
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    send();
  };

  const describedBy = [`${id}-counter`, `${id}-hint`, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");

  return (
    <form className="card composer" onSubmit={onSubmit} aria-label={t("participant.noteLabel")}>
      <div className="field">
        <label className="composer__label" htmlFor={`${id}-text`}>
          {t("participant.noteLabel")}
        </label>
        <textarea
          ref={field}
          id={`${id}-text`}
          className={`composer__text postit--${color}`}
          name="text"
          rows={4}
          value={text}
          placeholder={t("participant.notePlaceholder")}
          enterKeyHint="send"
          onChange={(event) => {
            setText(event.target.value);
            setSent(null);
          }}
          onKeyDown={onKeyDown}
          aria-describedby={describedBy}
          aria-invalid={tooLong || error !== null ? true : undefined}
        />
        <div className="composer__meta">
          <p className="field__hint" id={`${id}-hint`}>
            {t(touch ? "participant.sendHintTouch" : "participant.sendHint")}
          </p>
          <p
            className={tooLong ? "counter counter--over" : "counter"}
            id={`${id}-counter`}
            aria-live="polite"
          >
            {t("participant.counter", { count, max: LIMITS.noteText.max })}
          </p>
        </div>
      </div>
      {/* Right under the field, which keeps the focus: in view even on a small phone. Polite
          live text, not a second role="status" beside the connection's. */}
      <p className="composer__sent" aria-live="polite">
        {sent === null
          ? ""
          : t(sent.online ? "participant.sent" : "participant.kept", { text: sent.text })}
      </p>
      <fieldset className="swatches">
        <legend>{t("participant.colorLegend")}</legend>
        {NOTE_COLORS.map((option) => (
          <label key={option} className={`swatch postit--${option}`}>
            <input
              type="radio"
              name={`${id}-color`}
              value={option}
              checked={color === option}
              onChange={() => setColor(option)}
            />
            <span>{t(`noteColors.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      <NoteChoices category={category} kind={kind} onCategory={setCategory} onKind={setKind} />
      <FormError id={`${id}-error`} error={error} />
      <button className="button button--primary composer__send" type="submit">
        {t("participant.send")}
      </button>
    </form>
  );
}
