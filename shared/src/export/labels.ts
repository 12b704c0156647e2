import type { Category, Kind } from "../schema/note";
import type { PartType } from "../schema/part";

/**
 * French labels of the exports meant for people (CSV, Markdown, picture). The organisers the
 * exports serve run French workshops; JSON keeps English keys for programs.
 */
export const EXPORT_LABELS = {
  unsorted: "À classer",
  category: { pro: "professionnelle", perso: "personnelle" } satisfies Record<Category, string>,
  kind: { offer: "je propose", need: "je cherche" } satisfies Record<Kind, string>,
  part: {
    savoir: "savoir",
    "savoir-faire": "savoir-faire",
    "savoir-etre": "savoir-être",
  } satisfies Record<PartType, string>,
  csvHeader: [
    "Famille",
    "Compétence",
    "Auteur",
    "Couleur",
    "Catégorie",
    "Propose / cherche",
    "Savoirs",
    "Intéressés",
  ],
  people: "Personnes",
  exchanges: "Échanges",
  offers: "Offres",
  needs: "Besoins",
  offeredBy: "proposé par",
  neededBy: "cherché par",
  interested: "intéressés",
  answers: "peut répondre",
  noAnswer: "pas encore de réponse",
  families: "familles",
  contact: "contact",
  by: "par",
} as const;
