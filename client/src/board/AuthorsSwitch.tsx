import { setShowAuthors } from "@troc/shared";
import { Switch } from "../components/Switch";
import { useT } from "../i18n/i18n";
import { useBoard } from "../store/BoardStoreContext";
import { selectLoaded, selectShowAuthors } from "../store/selectors";
import { useDoc } from "./DocContext";

/**
 * Shows or hides who wrote each note, on the board and on phones (sorting without knowing
 * who wrote what keeps the group on the skills rather than the people).
 */
export function AuthorsSwitch() {
  const t = useT();
  const doc = useDoc();
  const ready = useBoard(selectLoaded);
  const shown = useBoard(selectShowAuthors);
  return (
    <Switch
      label={t("board.showAuthors")}
      checked={shown}
      disabled={!ready}
      onChange={(on) => setShowAuthors(doc, on)}
    />
  );
}
