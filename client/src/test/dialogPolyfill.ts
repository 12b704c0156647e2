type DialogMethods = Pick<HTMLDialogElement, "showModal" | "close">;
const proto = HTMLDialogElement.prototype as Partial<DialogMethods>;
const original: { [K in keyof DialogMethods]: DialogMethods[K] | undefined } = {
  showModal: proto.showModal,
  close: proto.close,
};

/**
 * jsdom has <dialog> but not its methods: these behave as browsers do where it matters to the
 * tests (a modal dialog takes the focus on its first control; Escape closes it unless a field
 * inside took the key; "close" is fired as a task, after close() returns).
 */
export function polyfillDialog(): void {
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute("open", "");
    this.querySelector<HTMLElement>("button, input")?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      this.ownerDocument.removeEventListener("keydown", onKey);
      this.close();
    };
    this.ownerDocument.addEventListener("keydown", onKey);
  };
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute("open")) return;
    this.removeAttribute("open");
    setTimeout(() => this.dispatchEvent(new Event("close")));
  };
}

/** Puts jsdom's <dialog> back as it was (without the methods, to test the fallback). */
export function restoreDialog(): void {
  if (original.showModal) proto.showModal = original.showModal;
  else delete proto.showModal;
  if (original.close) proto.close = original.close;
  else delete proto.close;
}

/** A <dialog> without showModal or close, as in older browsers: the components' fallback. */
export function removeDialogMethods(): void {
  delete proto.showModal;
  delete proto.close;
}
