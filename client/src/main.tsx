import { StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { Notice } from "./components/Notice";
import { languageReady, t } from "./i18n/i18n";
import { lazyPage } from "./router/lazyPage";
import { usePathname } from "./router/navigation";
import { parseRoute } from "./router/routes";
import "./styles.css";

// One chunk per page: a phone opening /j/… loads neither the board nor the QR code library.
const pages = {
  landing: lazyPage(() => import("./pages/Landing").then((m) => m.Landing)),
  participant: lazyPage(() => import("./pages/ParticipantPage").then((m) => m.ParticipantPage)),
  board: lazyPage(() => import("./pages/BoardPage").then((m) => m.BoardPage)),
  // In the landing page's chunk: a chunk of its own would split the phone's shared chunks anew
  // and make its first load heavier.
  privacy: lazyPage(() => import("./pages/Landing").then((m) => m.PrivacyPage)),
};

function App() {
  const route = parseRoute(usePathname());
  switch (route.page) {
    case "landing":
      return <pages.landing.Page />;
    case "participant":
      return <pages.participant.Page key={route.joinCode} joinCode={route.joinCode} />;
    case "board":
      return <pages.board.Page key={route.workshopId} workshopId={route.workshopId} />;
    case "privacy":
      return <pages.privacy.Page />;
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
// The first page's chunk loads with the language, before anything renders (see lazyPage).
const first = parseRoute(window.location.pathname);
const firstPage = first.page === "notFound" ? null : pages[first.page].preload();
void Promise.all([languageReady, firstPage?.catch(() => {})]).then(() =>
  root.render(
    <StrictMode>
      <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
        <App />
      </Suspense>
    </StrictMode>,
  ),
);
