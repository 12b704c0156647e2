import type { CSSProperties, RefObject } from "react";
import { useEffect, useId, useLayoutEffect, useState } from "react";
import { useT } from "../../i18n/i18n";
import { useBoard } from "../../store/BoardStoreContext";
import { useDoc } from "../DocContext";
import { applyDrop } from "./applyDrop";
import { useCanvas, useSelection } from "./CanvasContext";
import { matchFamilies } from "./familyMatch";
import { isTextField, isTypedLetter, TYPED_ENTER } from "./typedLetter";

/**
 * Sorting without dragging: with notes selected (a tap, Shift/Ctrl clicks, a rubber band),
 * pick their family from a list or type its first letters and press Enter. The quickest way
 * on a tablet, and the keyboard's way.
 */
export function SortPicker({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const t = useT();
  const id = useId();
  const doc = useDoc();
  const { selection, openNote, focusPicker, takeTyped, revealFamily } = useCanvas();
  const selected = useSelection((state) => state.ids);
  const families = useBoard((state) => state.families);
  const phase = useBoard((state) => state.meta?.phase);
  const [query, setQuery] = useState("");
  // "Nouvelle famille" asks for the name in the picker's field before creating anything.
  const [naming, setNaming] = useState(false);
  const [section, setSection] = useState<HTMLElement | null>(null);
  const place = usePlacement(section, selected);
  // A new phase is a new step of the workshop: the sorting in progress does not follow it
  // (the selection gone, the effect below resets the field).
  useEffect(() => {
    if (phase !== undefined) selection.clear();
  }, [phase, selection]);
  // Letters typed anywhere outside a field while notes are selected (a tablet's click does not
  // focus the note) go to the picker; a focused note has already sent them (defaultPrevented).
  // Escape there closes the picker, as it does in it.
  const hasSelection = selected.size > 0;
  useEffect(() => {
    if (!hasSelection) {
      // However the selection went (Désélectionner, Escape, a drag), the next starts afresh.
      setQuery("");
      setNaming(false);
      return;
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextField(event.target)) return;
      if (event.key === "Escape") {
        selection.clear();
      } else if (isTypedLetter(event)) {
        event.preventDefault();
        focusPicker(event.key);
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [hasSelection, focusPicker, selection]);
  if (selected.size === 0) return null;
  const noteIds = [...selected];
  const matches = matchFamilies(families, query);
  const sortInto = (familyId: string | null) => {
    applyDrop(doc, { kind: "move-notes", noteIds, familyId }, t("canvas.newFamilyName"));
    selection.clear();
  };
  const intoNewFamily = () => {
    const name = query.trim() || t("canvas.newFamilyName");
    const created = applyDrop(doc, { kind: "new-family", noteIds }, name);
    if (created) revealFamily(created);
    selection.clear();
  };
  const onlyNote = noteIds.length === 1 ? noteIds[0] : undefined;
  return (
    <section
      ref={setSection}
      className={
        "top" in place
          ? "sort-picker sort-picker--top canvas-overlay"
          : "sort-picker canvas-overlay"
      }
      style={place}
      aria-labelledby={`${id}-title`}
    >
      <div className="sort-picker__head">
        <h2 id={`${id}-title`} className="sort-picker__title">
          {t("canvas.selected", { count: selected.size })}
        </h2>
        <div className="sort-picker__actions">
          <button type="button" className="button button--small" onClick={() => sortInto(null)}>
            {t("canvas.toPool")}
          </button>
          <button
            type="button"
            className="button button--small"
            aria-pressed={naming}
            onClick={() => {
              setNaming(true);
              setQuery("");
              inputRef.current?.focus();
            }}
          >
            {t("canvas.toNewFamily")}
          </button>
          {onlyNote ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => openNote(onlyNote)}
            >
              {t("canvas.open")}
            </button>
          ) : null}
          <button type="button" className="button button--small" onClick={() => selection.clear()}>
            {t("canvas.deselect")}
          </button>
        </div>
      </div>
      <label className="visually-hidden" htmlFor={`${id}-filter`}>
        {t(naming ? "canvas.newFamilyLabel" : "canvas.sortFilter")}
      </label>
      <input
        ref={inputRef}
        id={`${id}-filter`}
        className="sort-picker__filter"
        placeholder={t(naming ? "canvas.newFamilyLabel" : "canvas.sortInto")}
        value={query}
        autoComplete="off"
        enterKeyHint="go"
        onChange={(event) => setQuery(event.target.value)}
        onFocus={() => {
          const [letters = "", ...enters] = takeTyped().split(TYPED_ENTER);
          const text = query + letters;
          // An Enter pressed after the letters, before this field had the focus, sorts as it
          // would have here; on its own (no letters) it only opened the picker.
          const first =
            enters.length > 0 && text.trim() !== "" ? matchFamilies(families, text)[0] : undefined;
          if (first) sortInto(first.id);
          else if (letters) setQuery(text);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter" && naming) {
            event.preventDefault();
            intoNewFamily();
          } else if (event.key === "Enter" && matches[0]) {
            event.preventDefault();
            sortInto(matches[0].id);
          } else if (event.key === "Escape" && naming) {
            setNaming(false);
            setQuery("");
          } else if (event.key === "Escape") {
            selection.clear();
          }
        }}
      />
      {naming ? (
        <div className="sort-picker__families">
          <button
            type="button"
            className="button button--small button--primary"
            onClick={intoNewFamily}
          >
            {t("canvas.createNamedFamily", { name: query.trim() || t("canvas.newFamilyName") })}
          </button>
        </div>
      ) : (
        <div className="sort-picker__families">
          {matches.length === 0 ? <p className="empty">{t("canvas.noMatch")}</p> : null}
          {matches.map((family) => (
            <button
              key={family.id}
              type="button"
              className={`button button--small sort-picker__family family--${family.color}`}
              onClick={() => sortInto(family.id)}
            >
              {family.name}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}

// From the canvas's bottom edge, or below its tools at the top (as the stylesheet places it).
const MARGIN = 12;
const BELOW_TOOLS = 72;
// Below this the picker scrolls within itself rather than shrink further.
const MIN_HEIGHT = 140;

/** Where the picker sits: `top` set when it goes above the tapped note, else `bottom`. */
type Placement = Pick<CSSProperties, "top" | "bottom" | "maxHeight">;

/**
 * Where the picker goes: in the part of the canvas that is on screen (the page may have
 * scrolled some of it away: issue 13, the picker sat half off-screen), on the side of the
 * last selected note with more room, and no taller than that room, so it never covers the
 * note just tapped (a double tap would land on a family button instead).
 */
function usePlacement(picker: HTMLElement | null, selected: ReadonlySet<string>): Placement {
  const [place, setPlace] = useState<Placement>({});
  useLayoutEffect(() => {
    const canvas = picker?.closest(".canvas");
    if (!canvas) return;
    const last = [...selected].at(-1);
    const update = () => {
      const c = canvas.getBoundingClientRect();
      const top = Math.max(c.top, 0);
      const bottom = Math.min(c.bottom, window.innerHeight);
      const note = [...canvas.querySelectorAll<HTMLElement>("[data-note-id]")]
        .find((element) => element.dataset.noteId === last)
        ?.getBoundingClientRect();
      const above = note ? note.top - top - BELOW_TOOLS - MARGIN : 0;
      const below = note ? bottom - note.bottom - 2 * MARGIN : (bottom - top) / 2;
      const next: Placement =
        above > below
          ? { top: top - c.top + BELOW_TOOLS, maxHeight: Math.max(MIN_HEIGHT, above) }
          : { bottom: c.bottom - bottom + MARGIN, maxHeight: Math.max(MIN_HEIGHT, below) };
      // Scrolling calls this often: an unchanged place keeps its object, and no render.
      setPlace((now) =>
        now.top === next.top && now.bottom === next.bottom && now.maxHeight === next.maxHeight
          ? now
          : next,
      );
    };
    update();
    window.addEventListener("scroll", update, { passive: true });
    window.addEventListener("resize", update);
    return () => {
      window.removeEventListener("scroll", update);
      window.removeEventListener("resize", update);
    };
  }, [picker, selected]);
  return place;
}
