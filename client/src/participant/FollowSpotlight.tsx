import type { SpotlightTarget } from "@troc/shared";
import { useEffect, useId, useState } from "react";
import { useT } from "../i18n/i18n";
import { loadFollowing, saveFollowing } from "../session/storage";
import { useBoard, useBoardObject } from "../store/BoardStoreContext";
import { selectSpotlight, selectSpotlightLabel } from "../store/selectors";

/** Brings what the facilitator shows into view, in the sorted board drawn beside. */
function scrollTo(target: SpotlightTarget): void {
  const [attribute, id] =
    target.kind === "note" ? ["data-note-id", target.noteId] : ["data-family-id", target.familyId];
  // Compared, not put in a selector: an id is whatever its writer chose.
  const element = [...document.querySelectorAll(`.sorted-board [${attribute}]`)].find(
    (candidate) => candidate.getAttribute(attribute) === (id ?? ""),
  );
  const smooth = !window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  element?.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
}

/**
 * "Follow me": says what the facilitator shows the room, with a « Voir » button; a phone
 * that follows (its choice, remembered) scrolls there each time the facilitator shows
 * something else.
 */
export function FollowSpotlight() {
  const t = useT();
  const id = useId();
  const target = useBoardObject(selectSpotlight);
  const label = useBoard(selectSpotlightLabel);
  const [following, setFollowing] = useState(loadFollowing);
  const key = target === null ? null : target.kind === "note" ? target.noteId : target.familyId;
  // biome-ignore lint/correctness/useExhaustiveDependencies: scrolls when what is shown changes, not when it moves
  useEffect(() => {
    if (following && target !== null) requestAnimationFrame(() => scrollTo(target));
  }, [following, key]);
  if (target === null || label === null) return null;
  return (
    <aside className="follow-spotlight" aria-label={t("participant.spotlightRegion")}>
      <p className="follow-spotlight__label" role="status">
        {t("participant.spotlight", { label })}
      </p>
      <button type="button" className="button button--small" onClick={() => scrollTo(target)}>
        {t("participant.spotlightSee")}
      </button>
      <label className="follow-spotlight__follow" htmlFor={`${id}-follow`}>
        <input
          id={`${id}-follow`}
          type="checkbox"
          checked={following}
          onChange={(event) => {
            saveFollowing(event.target.checked);
            setFollowing(event.target.checked);
          }}
        />
        {t("participant.follow")}
      </label>
    </aside>
  );
}
