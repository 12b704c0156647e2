import { useDeferredValue, useId, useMemo } from "react";
import { getLanguage, useT } from "../i18n/i18n";
import { useBoard } from "../store/BoardStoreContext";
import { selectLoaded, selectShows } from "../store/selectors";
import { useAwareness } from "../sync/AwarenessContext";
import { usePresence } from "../sync/usePresence";
import { computeReadiness } from "./readiness";
import "./facilitation.css";

/**
 * Who has written how many notes, never what: shown for the whole writing phase, silent or
 * not, since "can we move on?" is the same question either way and counts reveal no content
 * (safe to project). Hidden in the other phases.
 */
export function ReadinessPanel() {
  const t = useT();
  const id = useId();
  const writing = useBoard((state) => selectLoaded(state) && selectShows(state).readiness);
  const notes = useBoard((state) => state.notes);
  const { names } = usePresence(useAwareness());
  // In a room of hundreds, notes arrive faster than a list of hundreds needs redrawing. The
  // phase is deferred with them: when the document arrives, the panel would otherwise show,
  // until the deferred render, a board with no notes (« 0 post-it »).
  const deferred = useDeferredValue(
    useMemo(() => ({ writing, notes, names }), [writing, notes, names]),
  );
  const language = getLanguage();
  const readiness = useMemo(
    () =>
      deferred.writing
        ? computeReadiness(Object.values(deferred.notes), deferred.names, language)
        : null,
    [deferred, language],
  );
  if (readiness === null) return null;
  return (
    <section className="facilitation-card readiness" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="facilitation-card__title">
        {t("readiness.heading")}
      </h2>
      <p className="readiness__total">
        <strong>{t("readiness.notes", { count: readiness.notes })}</strong>
        {" · "}
        {t("readiness.people", { count: readiness.people })}
        {/* Before anyone joins, « tout le monde a écrit » would say the opposite of the truth. */}
        {readiness.people > 0 ? ` · ${t("readiness.waiting", { count: readiness.waiting })}` : null}
      </p>
      {readiness.rows.length === 0 ? (
        <p className="readiness__empty">{t("readiness.empty")}</p>
      ) : (
        // Focusable: the list scrolls when the room is large, and keyboards must reach it.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region (WCAG 2.1.1).
        <ul className="readiness__list" aria-labelledby={`${id}-title`} tabIndex={0}>
          {readiness.rows.map((row) => (
            <li
              key={row.key}
              className={`readiness__row${row.notes === 0 ? " readiness__row--waiting" : ""}`}
            >
              <span className="readiness__name">
                <span
                  className={`readiness__dot${row.connected ? " readiness__dot--online" : ""}`}
                  aria-hidden="true"
                />
                {row.name}
                {row.connected ? (
                  <span className="visually-hidden"> ({t("readiness.connected")})</span>
                ) : null}
              </span>
              <span className="readiness__count">{t("readiness.notes", { count: row.notes })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
