/** A character to type (a family's first letters), not a shortcut nor Space (a pick-up). */
export const isTypedLetter = (event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): boolean =>
  event.key.length === 1 && event.key !== " " && !event.ctrlKey && !event.metaKey && !event.altKey;

/** Whether keys typed at `target` are its own (a field), not for the sort picker. */
export const isTextField = (target: EventTarget | null): boolean =>
  target instanceof HTMLInputElement ||
  target instanceof HTMLTextAreaElement ||
  target instanceof HTMLSelectElement ||
  (target instanceof HTMLElement && target.isContentEditable);

/**
 * Stands for an Enter pressed on a note before the picker had the focus (a quick typist, a
 * tablet's keyboard): kept with the letters, the picker then sorts as if it had been pressed there.
 */
export const TYPED_ENTER = "\n";
