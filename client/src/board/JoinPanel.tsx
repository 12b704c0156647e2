import { participantPath } from "../router/routes";
import { strings } from "../strings";
import { QrCode } from "./QrCode";
import { usePublicUrl } from "./usePublicUrl";

/** The join code, link and QR code, sized to be read from the back of the room. */
export function JoinPanel({ joinCode }: { joinCode: string | null }) {
  const base = usePublicUrl();
  if (joinCode === null) {
    return (
      <aside className="join-panel" aria-label={strings.board.joinHeading}>
        <p className="join-panel__missing">{strings.board.joinCodeUnknown}</p>
      </aside>
    );
  }
  const url = `${base}${participantPath(joinCode)}`;
  return (
    <aside className="join-panel" aria-labelledby="join-panel-title">
      <h2 id="join-panel-title" className="join-panel__title">
        {strings.board.joinHeading}
      </h2>
      <QrCode value={url} label={strings.board.qrLabel(url)} />
      <p className="join-panel__code">
        <span className="join-panel__code-label">{strings.board.joinCodeLabel}</span>
        <strong data-testid="join-code">{joinCode}</strong>
      </p>
      <p className="join-panel__url">
        {strings.board.joinUrlLabel} <a href={url}>{url.replace(/^https?:\/\//, "")}</a>
      </p>
    </aside>
  );
}
