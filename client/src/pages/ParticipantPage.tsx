import { normalizeJoinCode } from "@troc/shared";
import { lazy, useState } from "react";
import type { JoinInfo } from "../api";
import { ConnectionErrorNotice } from "../components/ConnectionErrorNotice";
import { ConnectionIndicator } from "../components/ConnectionIndicator";
import { Countdown } from "../components/Countdown";
import { Deferred } from "../components/Deferred";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { Notice } from "../components/Notice";
import { useT } from "../i18n/i18n";
import { GroupNotes } from "../participant/GroupNotes";
import { joinWorkshop } from "../participant/joinWorkshop";
import { MyNotes } from "../participant/MyNotes";
import { NameForm } from "../participant/NameForm";
import { NoteComposer } from "../participant/NoteComposer";
import { SkillsSummary } from "../participant/SkillsSummary";
import { SortedBoard } from "../participant/SortedBoard";
import { useJoinLookup } from "../participant/useJoinLookup";
import { useApi } from "../services/ApiContext";
import type { ParticipantIdentity } from "../session/storage";
import { forgetParticipant, loadParticipant } from "../session/storage";
import { BoardStoreProvider, useBoard } from "../store/BoardStoreContext";
import { selectHideOthers, selectLoaded, selectShows, selectWritingOpen } from "../store/selectors";
import { usePublishUser } from "../sync/AwarenessContext";
import { participantUser } from "../sync/presence";
import type { WorkshopSession } from "../sync/useWorkshopSession";
import { useWorkshopSession } from "../sync/useWorkshopSession";

/** `/j/:joinCode`: the phone page behind the QR code. */
export function ParticipantPage({ joinCode }: { joinCode: string }) {
  const t = useT();
  const code = normalizeJoinCode(joinCode);
  const lookup = useJoinLookup(code);
  switch (lookup.status) {
    case "loading":
      return <Notice title={t("participant.resolving")} />;
    case "unknown":
      return (
        <Notice title={t("participant.unknownCode", { code })}>
          <p>{t("participant.unknownCodeHint")}</p>
          <a className="button button--primary" href="/">
            {t("participant.backHome")}
          </a>
        </Notice>
      );
    case "error":
      return (
        <Notice title={lookup.message}>
          <a className="button" href="/">
            {t("participant.backHome")}
          </a>
        </Notice>
      );
    case "found":
      return <ParticipantWorkshop key={lookup.workshop.workshopId} workshop={lookup.workshop} />;
    default: {
      const unreachable: never = lookup;
      return unreachable;
    }
  }
}

// Loaded when the participant asks for it, or once the exchange phase comes: the phone's
// first load stays light.
const MyDataPanel = lazy(() => import("../participant/MyDataPanel"));
const ContactForm = lazy(() => import("../participant/ContactForm"));

function ParticipantWorkshop({ workshop }: { workshop: JoinInfo }) {
  const t = useT();
  const api = useApi();
  const [identity, setIdentity] = useState(() => loadParticipant(workshop.workshopId));
  const [erased, setErased] = useState(false);
  const session = useWorkshopSession(workshop.workshopId, identity?.participantToken ?? null);
  // The board counts connected phones and lists who has not written yet by this name.
  usePublishUser(session?.awareness ?? null, identity ? participantUser(identity.name) : null);

  const forget = () => {
    forgetParticipant(workshop.workshopId);
    setIdentity(null);
  };
  // The server erased this participant: the phone forgets them and its copy of the board too.
  const afterErasure = async () => {
    await session?.eraseLocalCopy();
    forget();
    setErased(true);
  };

  return (
    <main className="participant">
      {identity && session ? (
        <BoardStoreProvider store={session.store}>
          <ParticipantHeader workshop={workshop} />
          <WritingArea
            workshopId={workshop.workshopId}
            session={session}
            identity={identity}
            onForget={forget}
          />
          <MyDataSection
            workshopId={workshop.workshopId}
            participantToken={identity.participantToken}
            onErased={afterErasure}
          />
        </BoardStoreProvider>
      ) : (
        <>
          <header className="participant__header">
            <WorkshopHeading title={workshop.title} prompt={workshop.prompt} />
            <LanguageSwitch />
          </header>
          {erased ? (
            <p className="notice" role="status">
              {t("participant.erased")}
            </p>
          ) : null}
          {identity ? null : (
            <NameForm
              onSubmit={async (name) =>
                setIdentity(await joinWorkshop(api, workshop.workshopId, name))
              }
            />
          )}
        </>
      )}
    </main>
  );
}

/** "Mes données" behind a button: its panel (and its messages) load when asked for. */
function MyDataSection(props: {
  workshopId: string;
  participantToken: string;
  onErased(): Promise<void>;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button my-data__open" onClick={() => setOpen(true)}>
        {t("participant.myData")}
      </button>
    );
  }
  return (
    <Deferred>
      <MyDataPanel {...props} />
    </Deferred>
  );
}

function WorkshopHeading({ title, prompt }: { title: string; prompt: string }) {
  return (
    <div className="participant__heading">
      <p className="participant__title">{title}</p>
      <h1 className="participant__prompt">{prompt}</h1>
    </div>
  );
}

/** Title and question, live from the document once it has synced. */
function ParticipantHeader({ workshop }: { workshop: JoinInfo }) {
  const title = useBoard((state) => state.meta?.title) ?? workshop.title;
  const prompt = useBoard((state) => state.meta?.prompt) ?? workshop.prompt;
  return (
    <header className="participant__header">
      <WorkshopHeading title={title} prompt={prompt} />
      <div className="header-tools">
        <Countdown />
        <ConnectionIndicator />
        <LanguageSwitch />
      </div>
    </header>
  );
}

function WritingArea({
  workshopId,
  session,
  identity,
  onForget,
}: {
  workshopId: string;
  session: WorkshopSession;
  identity: ParticipantIdentity;
  onForget(): void;
}) {
  const t = useT();
  const open = useBoard(selectWritingOpen);
  const synced = useBoard(selectLoaded);
  const shows = useBoard(selectShows);
  const silent = useBoard(selectHideOthers);
  const badToken = useBoard((state) => state.connection.error === "bad-token");
  const { participantId } = identity;
  return (
    <>
      <ConnectionErrorNotice />
      {badToken ? (
        <button className="button" type="button" onClick={onForget}>
          {t("participant.joinAgain")}
        </button>
      ) : null}
      <p className="participant__hello">{t("participant.hello", { name: identity.name })}</p>
      {open ? (
        <NoteComposer doc={session.doc} author={identity} />
      ) : (
        <>
          <p className="notice">{t("participant.closed")}</p>
          <SkillsSummary participantId={participantId} />
        </>
      )}
      <MyNotes doc={session.doc} participantId={participantId} open={open} />
      {shows.contact ? (
        <Deferred>
          <ContactForm workshopId={workshopId} participantToken={identity.participantToken} />
        </Deferred>
      ) : null}
      {!synced ? null : shows.sortedBoard ? (
        <SortedBoard doc={session.doc} participantId={participantId} exchange={shows.interest} />
      ) : (
        <GroupNotes doc={session.doc} participantId={participantId} silent={silent} />
      )}
    </>
  );
}
