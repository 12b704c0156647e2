import { useMemo } from "react";
import { useT } from "../i18n/i18n";
import { useBoardList } from "../store/BoardStoreContext";
import { makeSelectInterestedNames } from "../store/selectors";

/** Who marked one of my notes "ça m'intéresse"; nothing while nobody has. */
export function InterestedNames({ noteId }: { noteId: string }) {
  const t = useT();
  const someone = t("participant.someone");
  const names = useBoardList(
    useMemo(() => makeSelectInterestedNames(noteId, someone), [noteId, someone]),
  );
  if (names.length === 0) return null;
  return (
    <span className="postit__interested">
      {t("participant.interestedBy", { names: names.join(", ") })}
    </span>
  );
}
