// First: the board's messages must be registered before any of its components renders.
import "../i18n/boardMessages";
import type { ReactNode } from "react";
import { useEffect, useMemo, useState } from "react";
import { AuthorsSwitch } from "../board/AuthorsSwitch";
import { BoardWorkspace } from "../board/canvas/BoardWorkspace";
import type { NoteFilterStore } from "../board/canvas/NoteFilter";
import { createNoteFilterStore, NoteFilter } from "../board/canvas/NoteFilter";
import { DocProvider } from "../board/DocContext";
import { DrawerToggle, useDrawer } from "../board/Drawer";
import { DuplicatesPanel } from "../board/DuplicatesPanel";
import { ExportMenu } from "../board/ExportMenu";
import { JoinPanel } from "../board/JoinPanel";
import { NewFamilyForm } from "../board/NewFamilyForm";
import { PhaseControl } from "../board/PhaseControl";
import { PresenceCount } from "../board/PresenceCount";
import { ReadinessPanel } from "../board/ReadinessPanel";
import { ShareBoardButton } from "../board/ShareBoardDialog";
import { SpotlightStatus } from "../board/Spotlight";
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
import { selectHasNotes, selectShows } from "../store/selectors";
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
          <BoardLayout
            workshopId={workshopId}
            facilitatorKey={secrets.facilitatorKey}
            joinCode={
              secrets.joinCode ?? details?.joinCode ?? (details === undefined ? undefined : null)
            }
            details={details}
            onDeleted={() => setDeleted(true)}
          />
        </BoardAwarenessProvider>
      </DocProvider>
    </BoardStoreProvider>
  );
}

/**
 * Projection first: the canvas fills the screen; the facilitator's controls sit in a drawer
 * that folds away; the join code stays in a corner under the pool, large until the first
 * notes come in (issue 13: the controls were below the fold, the join panel took a column).
 */
function BoardLayout({
  workshopId,
  facilitatorKey,
  joinCode,
  details,
  onDeleted,
}: {
  workshopId: string;
  facilitatorKey: string;
  /** Undefined while the server is asked for it. */
  joinCode: string | null | undefined;
  details: ReturnType<typeof useWorkshopDetails>;
  onDeleted(): void;
}) {
  const t = useT();
  const drawer = useDrawer();
  const noteFilter = useMemo(() => createNoteFilterStore(), []);
  const hasNotes = useBoard(selectHasNotes);
  return (
    <main className={drawer.open ? "board board--drawer" : "board"}>
      <BoardHeader
        workshopId={workshopId}
        facilitatorKey={facilitatorKey}
        canShare={details?.role !== "cofacilitator"}
      >
        <DrawerToggle drawer={drawer} />
      </BoardHeader>
      <ConnectionErrorNotice />
      <div className="board__layout">
        <div className="board__main">
          <BoardWorkspace
            noteFilter={noteFilter}
            poolFooter={<JoinPanel joinCode={joinCode} size={hasNotes ? "corner" : "large"} />}
          />
        </div>
        <section
          id={drawer.id}
          className="board__side"
          hidden={!drawer.open}
          aria-label={t("board.drawer")}
        >
          {/* Folded, its panels are not drawn at all: some re-read every note per change. */}
          {drawer.open ? (
            <DrawerPanels
              workshopId={workshopId}
              facilitatorKey={facilitatorKey}
              details={details}
              noteFilter={noteFilter}
              onDeleted={onDeleted}
            />
          ) : null}
        </section>
      </div>
    </main>
  );
}

function DrawerPanels({
  workshopId,
  facilitatorKey,
  details,
  noteFilter,
  onDeleted,
}: {
  workshopId: string;
  facilitatorKey: string;
  details: ReturnType<typeof useWorkshopDetails>;
  noteFilter: NoteFilterStore;
  onDeleted(): void;
}) {
  return (
    <>
      <PhaseControl />
      <TimerControl />
      <ReadinessPanel />
      <NewFamilyForm />
      <NoteFilter store={noteFilter} />
      <AuthorsSwitch />
      <SortingTools />
      <ExportMenu workshopId={workshopId} facilitatorKey={facilitatorKey} />
      <WorkshopDataCard
        workshopId={workshopId}
        facilitatorKey={facilitatorKey}
        details={details ?? null}
        onDeleted={onDeleted}
      />
    </>
  );
}

/** Suggestions and near-duplicates, while the group sorts (they re-read every note per change). */
function SortingTools() {
  const sorting = useBoard((state) => selectShows(state).sortingAids);
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
  canShare,
  children,
}: {
  workshopId: string;
  facilitatorKey: string;
  /** Only the workshop's own key shares (and revokes) co-facilitator links. */
  canShare: boolean;
  children: ReactNode;
}) {
  const t = useT();
  const title = useBoard((state) => state.meta?.title);
  const prompt = useBoard((state) => state.meta?.prompt);
  const closed = useBoard((state) => !selectShows(state).writing);
  return (
    <header className="board__header">
      <div className="board__heading">
        <p className="board__title">{title ?? t("appName")}</p>
        <h1 className="board__prompt">{prompt ?? t("board.loading")}</h1>
      </div>
      {closed ? (
        <p className="board__closed" role="status">
          {t("board.closed")}
        </p>
      ) : null}
      <div className="header-tools header-tools--row">
        <SpotlightStatus />
        <Countdown size="board" />
        <PresenceCount />
        <ConnectionIndicator />
        {canShare ? (
          <ShareBoardButton workshopId={workshopId} facilitatorKey={facilitatorKey} />
        ) : null}
        <LanguageSwitch />
        {children}
      </div>
    </header>
  );
}
