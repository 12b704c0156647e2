import { useRef, useState } from "react";
import { useT } from "../i18n/i18n";
import { participantPath } from "../router/routes";
import { JoinDialog } from "./JoinDialog";
import { QrCode } from "./QrCode";
import { usePublicUrl } from "./usePublicUrl";

/**
 * The join code, link and QR code: large, to be read from the back of the room, or in a
 * corner once the workshop is under way (the same, large, on demand).
 */
export function JoinPanel({
  joinCode,
  size = "large",
}: {
  /** Null when this device cannot know it, undefined while it is asked for. */
  joinCode: string | null | undefined;
  size?: "large" | "corner";
}) {
  const t = useT();
  const base = usePublicUrl();
  const [enlarged, setEnlarged] = useState(false);
  const enlarge = useRef<HTMLButtonElement>(null);
  if (joinCode === null || joinCode === undefined) {
    return (
      <aside className={`join-panel join-panel--${size}`} aria-label={t("board.joinHeading")}>
        <p className="join-panel__missing">
          {joinCode === null ? t("board.joinCodeUnknown") : t("board.joinCodeLoading")}
        </p>
      </aside>
    );
  }
  const url = `${base}${participantPath(joinCode)}`;
  return (
    <aside className={`join-panel join-panel--${size}`} aria-labelledby="join-panel-title">
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
      <button
        ref={enlarge}
        type="button"
        className="button button--small"
        aria-haspopup="dialog"
        aria-label={t("join.enlargeLabel")}
        onClick={() => setEnlarged(true)}
      >
        {t("join.enlarge")}
      </button>
      {enlarged ? (
        <JoinDialog
          url={url}
          joinCode={joinCode}
          onClose={() => {
            setEnlarged(false);
            // Back where the facilitator was, whichever way the dialog closed.
            enlarge.current?.focus();
          }}
        />
      ) : null}
    </aside>
  );
}
