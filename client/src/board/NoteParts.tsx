import type { PartType } from "@troc/shared";
import {
  addPart,
  editPart,
  LIMITS,
  PART_TYPES,
  removePart,
  TrocInputError,
  TrocNotFoundError,
} from "@troc/shared";
import type { FormEvent, KeyboardEvent, RefObject } from "react";
import { useEffect, useId, useRef, useState } from "react";
import { FormError } from "../components/FormError";
import { useT } from "../i18n/i18n";
import { useBoard } from "../store/BoardStoreContext";
import { useDoc } from "./DocContext";

/**
 * Runs a part command; false when its input breaks a rule (the field then says so). A part
 * or note someone removed a moment ago counts as done: the board already shows it gone.
 */
function attempt(action: () => void): boolean {
  try {
    action();
    return true;
  } catch (error) {
    if (error instanceof TrocInputError) return false;
    if (error instanceof TrocNotFoundError) return true;
    throw error;
  }
}

/** A note's parts, one group per type, each with its own field to add one. */
export function NoteParts({ noteId }: { noteId: string }) {
  const parts = useBoard((state) => state.notes[noteId]?.parts ?? null);
  if (parts === null) return null;
  return (
    <div className="note-parts">
      {PART_TYPES.map((type) => (
        <PartGroup
          key={type}
          noteId={noteId}
          type={type}
          // The index in the note's whole list is what editPart and removePart address.
          parts={parts.flatMap((part, index) => (part.type === type ? [{ ...part, index }] : []))}
        />
      ))}
    </div>
  );
}

function PartGroup({
  noteId,
  type,
  parts,
}: {
  noteId: string;
  type: PartType;
  parts: readonly { text: string; index: number }[];
}) {
  const t = useT();
  const id = useId();
  // The row whose « Modifier » button takes the focus back once its edit is over. A saved
  // edit changes the row's key, so the row that must take it is a new one.
  const [refocus, setRefocus] = useState<string | null>(null);
  // A removed part's row goes away with its buttons: the group's own field takes the focus.
  const addField = useRef<HTMLInputElement>(null);
  return (
    <section className="note-parts__group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="note-parts__heading">
        {t(`deepen.types.${type}`)}
      </h3>
      {parts.length === 0 ? (
        <p className="note-parts__none">{t("deepen.none")}</p>
      ) : (
        <ul className="note-parts__list">
          {parts.map((part) => (
            // Keyed by index and text, so a part that moves or changes under an open editor
            // (someone else removed or edited one) closes it rather than edit the wrong part.
            <PartRow
              key={rowKey(part.index, part.text)}
              noteId={noteId}
              index={part.index}
              text={part.text}
              focusEdit={refocus === rowKey(part.index, part.text)}
              onEditDone={(text) => setRefocus(rowKey(part.index, text))}
              onFocused={() => setRefocus(null)}
              onRemoved={() => addField.current?.focus()}
            />
          ))}
        </ul>
      )}
      <AddPartForm noteId={noteId} type={type} fieldRef={addField} />
    </section>
  );
}

function AddPartForm({
  noteId,
  type,
  fieldRef,
}: {
  noteId: string;
  type: PartType;
  fieldRef: RefObject<HTMLInputElement | null>;
}) {
  const t = useT();
  const doc = useDoc();
  const id = useId();
  const [text, setText] = useState("");
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const done = attempt(() => addPart(doc, noteId, { type, text }));
    setInvalid(!done);
    if (done) setText("");
  };
  return (
    <form className="note-parts__add" onSubmit={submit}>
      <label htmlFor={`${id}-text`} className="note-parts__add-label">
        {t(`deepen.add.${type}`)}
      </label>
      <div className="note-parts__add-row">
        <input
          ref={fieldRef}
          id={`${id}-text`}
          type="text"
          value={text}
          maxLength={LIMITS.partText.max}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(event) => setText(event.target.value)}
        />
        <button
          type="submit"
          className="button button--small"
          disabled={text.trim() === ""}
          aria-label={t(`deepen.add.${type}`)}
        >
          {t("deepen.addButton")}
        </button>
      </div>
      <FormError id={`${id}-error`} error={invalid ? t("deepen.invalid", LIMITS.partText) : null} />
    </form>
  );
}

const rowKey = (index: number, text: string): string => `${index}:${text}`;

function PartRow({
  noteId,
  index,
  text,
  focusEdit,
  onEditDone,
  onFocused,
  onRemoved,
}: {
  noteId: string;
  index: number;
  text: string;
  focusEdit: boolean;
  onEditDone(text: string): void;
  onFocused(): void;
  onRemoved(): void;
}) {
  const t = useT();
  const doc = useDoc();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusEdit || !editButton.current) return;
    editButton.current.focus();
    onFocused();
  }, [focusEdit, onFocused]);
  if (editing) {
    return (
      <li className="note-parts__item">
        <PartEditor
          noteId={noteId}
          index={index}
          text={text}
          onDone={(done) => {
            setEditing(false);
            onEditDone(done);
          }}
        />
      </li>
    );
  }
  return (
    <li className="note-parts__item">
      <span className="note-parts__text">{text}</span>
      <span className="note-parts__actions">
        <button
          ref={editButton}
          type="button"
          className="button button--small"
          aria-label={t("deepen.editLabel", { text })}
          onClick={() => setEditing(true)}
        >
          {t("deepen.edit")}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t("deepen.removeLabel", { text })}
          onClick={() => {
            attempt(() => removePart(doc, noteId, index));
            onRemoved();
          }}
        >
          {t("deepen.remove")}
        </button>
      </span>
    </li>
  );
}

function PartEditor({
  noteId,
  index,
  text,
  onDone,
}: {
  noteId: string;
  index: number;
  text: string;
  /** Called with the part's text once the edit is over, saved or not. */
  onDone(text: string): void;
}) {
  const t = useT();
  const doc = useDoc();
  const id = useId();
  const [draft, setDraft] = useState(text);
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (attempt(() => editPart(doc, noteId, index, draft))) onDone(draft.trim());
    else setInvalid(true);
  };
  // Escape gives up the edit, not the whole dialog: the key is taken before the dialog sees it.
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    onDone(text);
  };
  return (
    <form className="note-parts__edit" onSubmit={submit}>
      <input
        type="text"
        value={draft}
        maxLength={LIMITS.partText.max}
        aria-label={t("deepen.editLabel", { text })}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        // biome-ignore lint/a11y/noAutofocus: the field replaces the « Modifier » button just pressed.
        autoFocus
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className="note-parts__actions">
        <button type="submit" className="button button--small button--primary">
          {t("deepen.save")}
        </button>
        <button type="button" className="button button--small" onClick={() => onDone(text)}>
          {t("deepen.cancel")}
        </button>
      </span>
      <FormError id={`${id}-error`} error={invalid ? t("deepen.invalid", LIMITS.partText) : null} />
    </form>
  );
}
