import { CreateWorkshopForm } from "../landing/CreateWorkshopForm";
import { JoinCodeForm } from "../landing/JoinCodeForm";
import { startWorkshop } from "../landing/startWorkshop";
import { navigate } from "../router/navigation";
import { participantPath } from "../router/routes";
import { useApi } from "../services/ApiContext";
import { strings } from "../strings";

const EXAMPLE_COLORS = ["yellow", "pink", "blue", "green"] as const;

/** `/`: what Troc is, create a workshop, or join one with a code. */
export function Landing() {
  const api = useApi();
  return (
    <main className="landing">
      <section className="hero">
        <div className="hero__text">
          <p className="hero__eyebrow">{strings.landing.eyebrow}</p>
          <h1 className="hero__title">{strings.landing.title}</h1>
          <p className="hero__lead">{strings.landing.lead}</p>
          <ol className="hero__steps">
            {strings.landing.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </div>
        <ul className="hero__notes" aria-hidden="true">
          {strings.landing.examples.map((text, index) => (
            <li key={text} className={`hero__note postit postit--${EXAMPLE_COLORS[index % 4]}`}>
              {text}
            </li>
          ))}
        </ul>
      </section>
      <section className="landing__forms">
        <CreateWorkshopForm onCreate={async (draft) => navigate(await startWorkshop(api, draft))} />
        <JoinCodeForm onJoin={(code) => navigate(participantPath(code))} />
      </section>
    </main>
  );
}
