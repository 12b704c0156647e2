/**
 * French messages of a participant's data: "Mes données" on the phone and the privacy page.
 * Loaded with their chunk, so the phone's first load stays light.
 */
export const frPrivacy = {
  "privacy.heading": "Mes données",
  "privacy.intro": "Tout ce que cet atelier garde à votre sujet :",
  "privacy.name": "Prénom ou pseudonyme : {name}",
  "privacy.notes": "{count, plural, =0 {Aucun post-it} one {# post-it} other {# post-its}}",
  // Typographic apostrophes: in ICU plural branches a straight one starts a quotation.
  "privacy.interests":
    "{count, plural, =0 {Aucune marque « ça m’intéresse »} one {# marque « ça m’intéresse »} other {# marques « ça m’intéresse »}}",
  "privacy.contact": "Contact laissé aux organisateurs : {contact}",
  "privacy.noContact": "Aucun contact laissé.",
  "privacy.keptUntil": "Tout est effacé le {date} si l'atelier n'a plus d'activité.",
  "privacy.download": "Télécharger (JSON)",
  "privacy.erase": "Tout effacer…",
  "privacy.eraseTitle": "Effacer toutes vos données ?",
  "privacy.eraseText":
    "Vos post-its, vos marques « ça m'intéresse », votre contact et votre inscription à cet atelier seront supprimés, pour tout le monde. C'est définitif.",
  "privacy.eraseConfirm": "Tout effacer définitivement",
  "privacy.cancel": "Annuler",
  "privacy.loading": "Chargement…",
  "privacy.pageTitle": "Vos données dans Troc",
  "privacy.pageWhat":
    "Quand vous rejoignez un atelier, Troc enregistre le prénom ou pseudonyme que vous donnez, vos post-its (et leurs détails), vos marques « ça m'intéresse » et, seulement si vous le donnez, un e-mail ou un téléphone.",
  "privacy.pageWho":
    "Les participants et les organisateurs de l'atelier voient vos post-its et votre prénom. Seuls les organisateurs voient votre contact, dans l'export de la carte des compétences.",
  "privacy.pageHowLong":
    "Les contacts sont effacés {contactDays} jours après la dernière activité de l'atelier, et tout l'atelier {workshopDays} jours après. Les organisateurs peuvent le supprimer avant.",
  "privacy.pageRights":
    "Depuis votre téléphone, « Mes données » montre tout ce qui est gardé, le télécharge et l'efface. Pour toute autre question, adressez-vous aux organisateurs de l'atelier.",
  "privacy.pageNothingElse":
    "Pas de publicité, pas de traceur, pas de compte : votre téléphone garde seulement une copie de l'atelier pour travailler hors ligne.",
} as const;
