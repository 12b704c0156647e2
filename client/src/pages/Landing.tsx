import { LanguageSwitch } from "../components/LanguageSwitch";
import { useT } from "../i18n/i18n";
import { CreateWorkshopForm } from "../landing/CreateWorkshopForm";
import { JoinCodeForm } from "../landing/JoinCodeForm";
import { startWorkshop } from "../landing/startWorkshop";
import { navigate } from "../router/navigation";
import { participantPath } from "../router/routes";
import { useApi } from "../services/ApiContext";

const EXAMPLE_COLORS = ["yellow", "pink", "blue", "green"] as const;
const STEPS = ["landing.steps.0", "landing.steps.1", "landing.steps.2"] as const;
const EXAMPLES = [
  "landing.examples.0",
  "landing.examples.1",
  "landing.examples.2",
  "landing.examples.3",
] as const;

/** `/`: what Troc is, create a workshop, or join one with a code. */
export function Landing() {
  const t = useT();
  const api = useApi();
  return (
    <main className="landing">
      <div className="landing__language">
        <LanguageSwitch />
      </div>
      <section className="hero">
        <div className="hero__text">
          <p className="hero__eyebrow">{t("landing.eyebrow")}</p>
          <h1 className="hero__title">{t("landing.title")}</h1>
          <p className="hero__lead">{t("landing.lead")}</p>
          <ol className="hero__steps">
            {STEPS.map((step) => (
              <li key={step}>{t(step)}</li>
            ))}
          </ol>
        </div>
        <ul className="hero__notes" aria-hidden="true">
          {EXAMPLES.map((example, index) => (
            <li key={example} className={`hero__note postit postit--${EXAMPLE_COLORS[index % 4]}`}>
              {t(example)}
            </li>
          ))}
        </ul>
      </section>
      <section className="landing__forms">
        <div className="landing__join">
          <JoinCodeForm onJoin={(code) => navigate(participantPath(code))} />
        </div>
        <CreateWorkshopForm onCreate={async (draft) => navigate(await startWorkshop(api, draft))} />
      </section>
    </main>
  );
}

// The privacy page travels in this chunk (see main.tsx).
export { PrivacyPage } from "./PrivacyPage";
