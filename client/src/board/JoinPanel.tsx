import { useT } from "../i18n/i18n";
import { participantPath } from "../router/routes";
import { QrCode } from "./QrCode";
import { usePublicUrl } from "./usePublicUrl";

/** The join code, link and QR code, sized to be read from the back of the room. */
export function JoinPanel({ joinCode }: { joinCode: string | null }) {
  const t = useT();
  const base = usePublicUrl();
  if (joinCode === null) {
    return (
      <aside className="join-panel" aria-label={t("board.joinHeading")}>
        <p className="join-panel__missing">{t("board.joinCodeUnknown")}</p>
      </aside>
    );
  }
  const url = `${base}${participantPath(joinCode)}`;
  return (
    <aside className="join-panel" aria-labelledby="join-panel-title">
      <h2 id="join-panel-title" className="join-panel__title">
        {t("board.joinHeading")}
      </h2>
      <QrCode value={url} label={t("board.qrLabel", { url })} />
      <p className="join-panel__code">
        <span className="join-panel__code-label">{t("board.joinCodeLabel")}</span>
        <strong data-testid="join-code">{joinCode}</strong>
      </p>
      <p className="join-panel__url">
        {t("board.joinUrlLabel")} <a href={url}>{url.replace(/^https?:\/\//, "")}</a>
      </p>
    </aside>
  );
}
