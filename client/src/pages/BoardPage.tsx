// First: the board's messages must be registered before any of its components renders.
import "../i18n/boardMessages";
import { useEffect, useState } from "react";
import { AuthorsSwitch } from "../board/AuthorsSwitch";
import { BoardWorkspace } from "../board/canvas/BoardWorkspace";
import { DocProvider } from "../board/DocContext";
import { DuplicatesPanel } from "../board/DuplicatesPanel";
import { ExportMenu } from "../board/ExportMenu";
import { JoinPanel } from "../board/JoinPanel";
import { NewFamilyForm } from "../board/NewFamilyForm";
import { PhaseControl } from "../board/PhaseControl";
import { PresenceCount } from "../board/PresenceCount";
import { ReadinessPanel } from "../board/ReadinessPanel";
import { ShareBoardButton } from "../board/ShareBoardDialog";
import { SuggestionsPanel } from "../board/SuggestionsPanel";
import { TimerControl } from "../board/TimerControl";
import { useWorkshopDetails } from "../board/useWorkshopDetails";
import { WorkshopDataCard } from "../board/WorkshopDataCard";
import { ConnectionErrorNotice } from "../components/ConnectionErrorNotice";
import { ConnectionIndicator } from "../components/ConnectionIndicator";
import { Countdown } from "../components/Countdown";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { Notice } from "../components/Notice";
import { useT } from "../i18n/i18n";
import { takeBoardSecrets } from "../session/boardSecrets";
import { BoardStoreProvider, useBoard } from "../store/BoardStoreContext";
import { BoardAwarenessProvider } from "../sync/AwarenessContext";
import { useWorkshopSession } from "../sync/useWorkshopSession";

/** `/b/:workshopId`: the facilitator's projected board. */
export function BoardPage({ workshopId }: { workshopId: string }) {
  const t = useT();
  const [secrets] = useState(() => takeBoardSecrets(workshopId, window.location.hash));
  const [deleted, setDeleted] = useState(false);
  const session = useWorkshopSession(workshopId, deleted ? null : secrets.facilitatorKey);
  const details = useWorkshopDetails(workshopId, secrets.facilitatorKey);

  useEffect(() => {
    // The key is remembered now; take it out of the address bar, which a projector shows.
    if (window.location.hash.length > 0) {
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, "", `${pathname}${search}`);
    }
  }, []);

  if (secrets.facilitatorKey === null) {
    return (
      <Notice title={t("board.missingKey")}>
        <p>{t("board.missingKeyHint")}</p>
        <a className="button" href="/">
          {t("participant.backHome")}
        </a>
      </Notice>
    );
  }
  if (deleted) {
    return (
      <Notice title={t("workshopData.deleted")}>
        <a className="button button--primary" href="/">
          {t("participant.backHome")}
        </a>
      </Notice>
    );
  }
  if (session === null) return <Notice title={t("board.loading")} />;
  return (
    <BoardStoreProvider store={session.store}>
      <DocProvider doc={session.doc}>
        <BoardAwarenessProvider awareness={session.awareness}>
          <main className="board">
            <BoardHeader workshopId={workshopId} facilitatorKey={secrets.facilitatorKey} />
            <ConnectionErrorNotice />
            <div className="board__layout">
              <div className="board__side">
                <JoinPanel joinCode={secrets.joinCode ?? details?.joinCode ?? null} />
                <PhaseControl />
                <ReadinessPanel />
                <TimerControl />
                <AuthorsSwitch />
                <SortingTools />
                <ExportMenu workshopId={workshopId} facilitatorKey={secrets.facilitatorKey} />
                <WorkshopDataCard
                  workshopId={workshopId}
                  facilitatorKey={secrets.facilitatorKey}
                  details={details}
                  onDeleted={() => setDeleted(true)}
                />
              </div>
              <div className="board__main">
                <NewFamilyForm />
                <BoardWorkspace />
              </div>
            </div>
          </main>
        </BoardAwarenessProvider>
      </DocProvider>
    </BoardStoreProvider>
  );
}

/** Suggestions and near-duplicates, while the group sorts (they re-read every note per change). */
function SortingTools() {
  const sorting = useBoard((state) => state.meta?.phase === "sorting");
  if (!sorting) return null;
  return (
    <>
      <SuggestionsPanel />
      <DuplicatesPanel />
    </>
  );
}

function BoardHeader({
  workshopId,
  facilitatorKey,
}: {
  workshopId: string;
  facilitatorKey: string;
}) {
  const t = useT();
  const title = useBoard((state) => state.meta?.title);
  const prompt = useBoard((state) => state.meta?.prompt);
  const closed = useBoard((state) => state.meta?.phase === "closed");
  return (
    <header className="board__header">
      <div>
        <p className="board__title">{title ?? t("appName")}</p>
        <h1 className="board__prompt">{prompt ?? t("board.loading")}</h1>
        {closed ? (
          <p className="board__closed" role="status">
            {t("board.closed")}
          </p>
        ) : null}
      </div>
      <div className="header-tools">
        <Countdown size="board" />
        <PresenceCount />
        <ConnectionIndicator />
        <ShareBoardButton workshopId={workshopId} facilitatorKey={facilitatorKey} />
        <LanguageSwitch />
      </div>
    </header>
  );
}
