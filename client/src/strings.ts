import type { NoteColor } from "@troc/shared";
import { LIMITS } from "@troc/shared";

/**
 * Every visible string of the client, in French. A later issue moves this dictionary into
 * an i18n library; keeping it in one object makes that a mechanical change.
 */
export const fr = {
  appName: "Troc",
  landing: {
    eyebrow: "Atelier participatif",
    title: "Troc de compétences",
    lead: "Chacun écrit ses savoir-faire sur des post-its depuis son téléphone, le groupe les range en familles, en direct sur l'écran.",
    steps: [
      "Créez l'atelier et projetez le tableau.",
      "Les participants scannent le QR code et écrivent leurs post-its.",
      "Rangez les compétences en familles, ensemble.",
    ],
    examples: [
      "faire un prévisionnel",
      "nouer des partenariats",
      "rédiger un dossier de presse",
      "faire une mousse au chocolat",
    ],
    createHeading: "Animer un atelier",
    titleLabel: "Titre de l'atelier",
    titlePlaceholder: "Troc de compétences",
    promptLabel: "Question posée au groupe",
    createButton: "Créer l'atelier",
    creating: "Création…",
    joinHeading: "Rejoindre un atelier",
    joinCodeLabel: "Code de l'atelier",
    joinCodeHint: "Le code est affiché sur l'écran de l'animateur.",
    joinButton: "Rejoindre",
    joinCodeMissing: "Saisissez le code affiché à l'écran.",
  },
  participant: {
    resolving: "Recherche de l'atelier…",
    unknownCode: (code: string) => `Aucun atelier ne correspond au code « ${code} ».`,
    unknownCodeHint: "Vérifiez le code affiché à l'écran et réessayez.",
    backHome: "Retour à l'accueil",
    nameHeading: "Comment vous appelle-t-on\u00a0?",
    nameLabel: "Prénom ou pseudonyme",
    nameHint: `De ${LIMITS.personName.min} à ${LIMITS.personName.max} caractères, visible par le groupe.`,
    nameButton: "Commencer",
    registering: "Un instant…",
    hello: (name: string) => `Bonjour ${name} !`,
    noteLabel: "Votre compétence",
    notePlaceholder: "Ex. : faire un budget prévisionnel",
    counter: (count: number, max: number) => `${count} / ${max}`,
    colorLegend: "Couleur du post-it",
    send: "Envoyer",
    sendHint: "Entrée pour envoyer, Maj + Entrée pour aller à la ligne.",
    closed: "L'atelier est terminé : il n'est plus possible d'écrire.",
    joinAgain: "Rejoindre à nouveau",
    myNotes: "Mes post-its",
    myNotesEmpty: "Vos post-its apparaîtront ici.",
    waiting: "en attente",
    stored: "✓ enregistré",
  },
  board: {
    missingKey: "Ce tableau demande la clé d'animation.",
    missingKeyHint:
      "Ouvrez le lien reçu à la création de l'atelier (il contient #key=…) sur cet appareil.",
    joinHeading: "Rejoignez l'atelier",
    joinCodeLabel: "Code",
    joinUrlLabel: "ou ouvrez",
    qrLabel: (url: string) => `QR code vers ${url}`,
    joinCodeUnknown: "Code d'accès inconnu sur cet appareil.",
    pool: "À classer",
    poolEmpty: "Aucun post-it à classer.",
    familyEmpty: "Aucun post-it pour l'instant.",
    newFamilyLabel: "Nouvelle famille",
    newFamilyPlaceholder: "Ex. : Financements",
    newFamilyButton: "Créer la famille",
    moveLabel: (text: string) => `Ranger « ${text} »`,
    moveToPool: "À classer",
    noteCount: (count: number) => (count <= 1 ? `${count} post-it` : `${count} post-its`),
    by: (name: string) => `par ${name}`,
    loading: "Chargement du tableau…",
  },
  connection: {
    connected: "connecté",
    connecting: "connexion…",
    reconnecting: "reconnexion…",
    offline: "hors ligne",
    badToken: "Accès refusé : la clé ou le jeton n'est plus valable.",
    refused: "Le serveur a refusé une modification : le tableau est rechargé depuis le serveur.",
    unknownWorkshop: "Cet atelier n'existe pas ou a été supprimé.",
  },
  errors: {
    network: "Le serveur ne répond pas. Vérifiez la connexion et réessayez.",
    unexpected: "Réponse inattendue du serveur.",
    notFound: "Page introuvable.",
    input: {
      text: `Un post-it contient de ${LIMITS.noteText.min} à ${LIMITS.noteText.max} caractères.`,
      name: `Un nom de famille contient de ${LIMITS.familyName.min} à ${LIMITS.familyName.max} caractères.`,
      authorName: `Le prénom contient de ${LIMITS.personName.min} à ${LIMITS.personName.max} caractères.`,
      title: `Le titre contient de ${LIMITS.workshopTitle.min} à ${LIMITS.workshopTitle.max} caractères.`,
      prompt: `La question contient de ${LIMITS.workshopPrompt.min} à ${LIMITS.workshopPrompt.max} caractères.`,
    } as Readonly<Record<string, string>>,
  },
  noteColors: {
    yellow: "Jaune",
    pink: "Rose",
    blue: "Bleu",
    green: "Vert",
    orange: "Orange",
    purple: "Violet",
  } satisfies Record<NoteColor, string>,
} as const;

/** The dictionary in use. */
export const strings = fr;
