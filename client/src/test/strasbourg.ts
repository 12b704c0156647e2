/**
 * An excerpt of the Strasbourg workshop (DESIGN.md's ../shared/fixtures/atelier-strasbourg.json,
 * which lives outside the repository): copied here so the tests run from a plain checkout.
 */
export const STRASBOURG = {
  title: "Atelier Troc de Compétences",
  prompt: "Quelles sont vos compétences ?",
  families: [
    {
      name: "Organisation d'événements",
      skills: [
        "organiser un colloque",
        "organiser des cafés à projets",
        "chercher des salles de concert",
        "organiser et animer des réunions",
        "concevoir un voyage culturel",
      ],
    },
    {
      name: "Financements",
      skills: [
        "remplir un dossier FSE",
        "chercher des subventions",
        "gérer un dispositif ACCRE/NACRE",
      ],
    },
    {
      name: "Négociation",
      skills: [
        "négocier un découvert autorisé",
        "négocier un contrat",
        "négocier une rupture conventionnelle",
      ],
    },
    {
      name: "Coordination",
      skills: [
        "coordonner des projets de communication",
        "animation d'un réseau",
        "mise en relation de professionnels",
        "accueil de porteurs de projets",
      ],
    },
  ],
  unsortedPersonal: [
    "chanter",
    "faire de la sangria",
    "faire du yoga",
    "parler espagnol",
    "faire une mousse au chocolat",
  ],
} as const;
