import type { SkillsMap } from "@troc/shared";
import { DEFAULT_PROMPT, LIMITS, skillsMapSchema } from "@troc/shared";
import type { FormEvent } from "react";
import { useId, useState } from "react";
import { FormError } from "../components/FormError";
import { useAsyncAction } from "../components/useAsyncAction";
import { useT } from "../i18n/i18n";

export interface WorkshopDraft {
  title: string;
  prompt: string;
  /** A skills map chosen to pick up from, already checked. */
  from?: SkillsMap | undefined;
}

/** A file's text through FileReader, which every browser (and jsdom) has. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/** Reads a chosen file as a skills map; null when it is not one. */
async function readSkillsMap(file: File): Promise<SkillsMap | null> {
  try {
    return skillsMapSchema.parse(JSON.parse(await readText(file)));
  } catch {
    return null;
  }
}

const countSkills = (map: SkillsMap): number =>
  map.unsorted.length + map.families.reduce((sum, family) => sum + family.skills.length, 0);

/** Title and question of a new workshop; the question comes prefilled. */
export function CreateWorkshopForm({
  onCreate,
}: {
  onCreate(draft: WorkshopDraft): Promise<void>;
}) {
  const t = useT();
  const id = useId();
  const [title, setTitle] = useState("");
  const [prompt, setPrompt] = useState(DEFAULT_PROMPT);
  const [from, setFrom] = useState<SkillsMap | undefined>(undefined);
  const { busy, error, setError, run } = useAsyncAction();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(() => onCreate({ title, prompt, from }));
  };

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 className="card__title" id={`${id}-heading`}>
        {t("landing.createHeading")}
      </h2>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t("landing.titleLabel")}</label>
        <input
          id={`${id}-title`}
          value={title}
          maxLength={LIMITS.workshopTitle.max}
          placeholder={t("landing.titlePlaceholder")}
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-prompt`}>{t("landing.promptLabel")}</label>
        <textarea
          id={`${id}-prompt`}
          rows={2}
          value={prompt}
          maxLength={LIMITS.workshopPrompt.max}
          onChange={(event) => setPrompt(event.target.value)}
          required
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-import`}>{t("landing.importLabel")}</label>
        <input
          id={`${id}-import`}
          type="file"
          accept="application/json,.json"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            setError(null);
            setFrom(undefined);
            if (!file) return;
            const map = await readSkillsMap(file);
            if (!map) {
              setError(t("landing.importInvalid", { name: file.name }));
              return;
            }
            setFrom(map);
            setTitle(map.workshop.title);
            setPrompt(map.workshop.prompt || DEFAULT_PROMPT);
          }}
        />
        <p className="field__hint">
          {from
            ? t("landing.importReady", {
                families: from.families.length,
                skills: countSkills(from),
              })
            : t("landing.importHint")}
        </p>
      </div>
      <FormError error={error} />
      <button className="button button--primary" type="submit" disabled={busy}>
        {busy ? t("landing.creating") : t("landing.createButton")}
      </button>
    </form>
  );
}
