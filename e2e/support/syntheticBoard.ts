// A seeded synthetic workshop for benchmarks and big-board tests: skills as people write them,
// sorted at random.
import { addNote, CATEGORIES, createFamily, FAMILY_COLORS, NOTE_COLORS } from "@troc/shared";
import * as Y from "yjs";

// Skills as people write them: a verb, an object, sometimes a detail; 5% "je cherche".
const VERBS =
  "organiser animer rédiger négocier monter gérer coordonner concevoir préparer chercher réaliser construire financer piloter accompagner former planifier développer créer évaluer mobiliser présenter vendre acheter cuisiner chanter traduire réparer jardiner photographier filmer coder dessiner écrire enseigner soigner conduire bricoler coudre danser".split(
    " ",
  );
const OBJECTS =
  "un budget|un colloque|des subventions|un contrat|une association|un site internet|un dossier de presse|une plaquette|un festival|des partenariats|une campagne|un réseau|des bénévoles|une formation|un plan de communication|une étude de marché|un prévisionnel|une levée de fonds|un événement|des réunions|un projet européen|une boutique en ligne|une newsletter|un podcast|une exposition|un atelier|une conférence|un appel d'offres|des réseaux sociaux|un tableau de bord|une équipe|un local|des statuts|un bilan|une comptabilité|un voyage|un repas|une fête|un potager|un vélo".split(
    "|",
  );
const DETAILS = [
  "",
  "",
  "",
  " en anglais",
  " pour une association",
  " avec peu de moyens",
  " à l'international",
  " en équipe",
  " pas à pas",
  " pour les jeunes",
];

// mulberry32: a small seeded generator, so every run builds the same board.
let seed = 42;
const random = (n: number): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
};
const pick = <T>(list: readonly T[]): T => list[random(list.length)] as T;

/** A board of `notes` notes by `people` people, four in five sorted into `families` families. */
export function syntheticBoard({
  notes = 10_000,
  families: familyCount = 40,
  people = 2_000,
} = {}) {
  seed = 42;
  const doc = new Y.Doc();
  const families = Array.from({ length: familyCount }, (_, i) =>
    createFamily(doc, {
      name: `Famille ${i + 1}`,
      color: FAMILY_COLORS[i % FAMILY_COLORS.length] ?? "slate",
    }),
  );
  doc.transact(() => {
    for (let i = 0; i < notes; i++) {
      const person = random(people);
      const need = random(20) === 0;
      const text = `${need ? "je cherche à " : ""}${pick(VERBS)} ${pick(OBJECTS)}${pick(DETAILS)}`;
      const familyId = random(5) !== 0 ? pick(families) : undefined;
      addNote(
        doc,
        {
          text,
          color: NOTE_COLORS[i % NOTE_COLORS.length] ?? "yellow",
          authorId: `p${person}`,
          authorName: `Personne ${person}`,
          category: CATEGORIES[i % 2],
          kind: need ? "need" : random(10) === 0 ? "offer" : null,
        },
        familyId ? { familyId } : {},
      );
    }
  });
  return doc;
}
