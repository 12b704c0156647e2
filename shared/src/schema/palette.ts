/** Post-it colours a note may take. Names, not hex values: the client owns the rendering. */
export const NOTE_COLORS = ["yellow", "pink", "blue", "green", "orange", "purple"] as const;
export type NoteColor = (typeof NOTE_COLORS)[number];

/** Colours a family cluster may take on the board. */
export const FAMILY_COLORS = [
  "teal",
  "indigo",
  "rose",
  "amber",
  "lime",
  "sky",
  "violet",
  "slate",
] as const;
export type FamilyColor = (typeof FAMILY_COLORS)[number];
