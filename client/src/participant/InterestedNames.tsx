import { useMemo } from "react";
import { useBoardList } from "../store/BoardStoreContext";
import { makeSelectInterestedNames } from "../store/selectors";
import { strings } from "../strings";

/** Who marked one of my notes "ça m'intéresse"; nothing while nobody has. */
export function InterestedNames({ noteId }: { noteId: string }) {
  const names = useBoardList(
    useMemo(() => makeSelectInterestedNames(noteId, strings.participant.someone), [noteId]),
  );
  if (names.length === 0) return null;
  return <span className="postit__interested">{strings.participant.interestedBy(names)}</span>;
}
