import { createBoardUndoManager } from "@troc/shared";
import { useCallback, useEffect, useRef, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { useDoc } from "./DocContext";

/** What the board offers to take back this facilitator's own changes. */
export interface BoardUndo {
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
}

// One manager per document, shared by every component that asks: two would each record the
// same steps, and undoing through one would leave the other's buttons offering a dead step.
// Held weakly, so a document thrown away (a refused change reloads a fresh one) takes it along.
const managers = new WeakMap<Y.Doc, Y.UndoManager>();

/** The board's undo manager for `doc`, created on first use; it records from then on. */
export function boardUndoManager(doc: Y.Doc): Y.UndoManager {
  let manager = managers.get(doc);
  if (!manager) {
    manager = createBoardUndoManager(doc);
    managers.set(doc, manager);
  }
  return manager;
}

const STACK_EVENTS = ["stack-item-added", "stack-item-popped", "stack-cleared"] as const;

/**
 * Undo and redo of this facilitator's changes to the board (never other people's: see
 * createBoardUndoManager), with `canUndo`/`canRedo` that re-render the component as they flip.
 */
export function useBoardUndo(): BoardUndo {
  const manager = boardUndoManager(useDoc());
  const subscribe = useCallback(
    (listener: () => void) => {
      for (const event of STACK_EVENTS) manager.on(event, listener);
      return () => {
        for (const event of STACK_EVENTS) manager.off(event, listener);
      };
    },
    [manager],
  );
  const canUndo = useSyncExternalStore(subscribe, () => manager.canUndo());
  const canRedo = useSyncExternalStore(subscribe, () => manager.canRedo());
  const undo = useCallback(() => {
    manager.undo();
  }, [manager]);
  const redo = useCallback(() => {
    manager.redo();
  }, [manager]);
  return { undo, redo, canUndo, canRedo };
}

/** Input types that take no typed text, where the board's shortcuts still apply. */
const NOT_TYPED = new Set([
  "button",
  "checkbox",
  "color",
  "file",
  "image",
  "radio",
  "range",
  "reset",
  "submit",
]);

/** Is the key meant for a text field, which keeps its own undo of what is typed? */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('[contenteditable]:not([contenteditable="false"])')) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !NOT_TYPED.has(target.type);
  }
  return false;
}

/** Which board action a key press asks for: Ctrl/⌘+Z, Ctrl/⌘+Shift+Z and Ctrl+Y. */
export function undoShortcut(event: KeyboardEvent): "undo" | "redo" | null {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return null;
  const key = event.key.toLowerCase();
  if (key === "z") return event.shiftKey ? "redo" : "undo";
  if (key === "y" && event.ctrlKey && !event.shiftKey) return "redo";
  return null;
}

/**
 * Installs the undo shortcuts on the window, for as long as the component is mounted. Install
 * them once per board (UndoButtons does): twice, and one key press would undo two steps.
 */
export function useUndoShortcuts({ undo, redo }: Pick<BoardUndo, "undo" | "redo">): void {
  // The latest callbacks, without re-installing the listener on every render.
  const actions = useRef({ undo, redo });
  actions.current = { undo, redo };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || typingIn(event.target)) return;
      const action = undoShortcut(event);
      if (action === null) return;
      // The browser's own undo would do nothing useful here, and Ctrl+Y opens the history.
      event.preventDefault();
      actions.current[action]();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
