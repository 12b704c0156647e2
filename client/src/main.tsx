import { lazy, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { Notice } from "./components/Notice";
import { languageReady, t } from "./i18n/i18n";
import { usePathname } from "./router/navigation";
import { parseRoute } from "./router/routes";
import "./styles.css";

// One chunk per page: a phone opening /j/… loads neither the board nor the QR code library.
const Landing = lazy(() => import("./pages/Landing").then((m) => ({ default: m.Landing })));
const ParticipantPage = lazy(() =>
  import("./pages/ParticipantPage").then((m) => ({ default: m.ParticipantPage })),
);
const BoardPage = lazy(() => import("./pages/BoardPage").then((m) => ({ default: m.BoardPage })));
// In the landing page's chunk: a chunk of its own would split the phone's shared chunks anew
// and make its first load heavier.
const PrivacyPage = lazy(() => import("./pages/Landing").then((m) => ({ default: m.PrivacyPage })));

function App() {
  const route = parseRoute(usePathname());
  switch (route.page) {
    case "landing":
      return <Landing />;
    case "participant":
      return <ParticipantPage key={route.joinCode} joinCode={route.joinCode} />;
    case "board":
      return <BoardPage key={route.workshopId} workshopId={route.workshopId} />;
    case "privacy":
      return <PrivacyPage />;
    case "notFound":
      return (
        <Notice title={t("errors.notFound")}>
          <a className="button button--primary" href="/">
            {t("participant.backHome")}
          </a>
        </Notice>
      );
    default: {
      const unreachable: never = route;
      return unreachable;
    }
  }
}

const container = document.getElementById("root");
if (container === null) throw new Error("index.html has no #root element");
const root = createRoot(container);
void languageReady.then(() =>
  root.render(
    <StrictMode>
      <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
        <App />
      </Suspense>
    </StrictMode>,
  ),
);
