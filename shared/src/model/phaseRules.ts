import type { Phase } from "../schema/meta";

/** What boards and phones show in a phase: the workshop's display rules, in one place. */
export interface PhaseShows {
  /** Phones show the board as sorted (families); while writing, the group's notes instead. */
  sortedBoard: boolean;
  /** Phones show the parts (savoirs…) of others' notes: once the writing is over. */
  othersParts: boolean;
  /** "Ça m'intéresse" and interest counts. */
  interest: boolean;
  /** The contact form for the swaps that follow the workshop. */
  contact: boolean;
  /** A countdown, if the facilitator started one: never once the workshop is closed. */
  countdown: boolean;
  /** Participants write and change their notes. */
  writing: boolean;
  /** The board's readiness panel: who has written how many notes. */
  readiness: boolean;
  /** The board's sorting aids: family suggestions and near-duplicates. */
  sortingAids: boolean;
}

const SHOWS: Record<Phase, PhaseShows> = {
  writing: {
    sortedBoard: false,
    othersParts: false,
    interest: false,
    contact: false,
    countdown: true,
    writing: true,
    readiness: true,
    sortingAids: false,
  },
  sorting: {
    sortedBoard: true,
    othersParts: true,
    interest: false,
    contact: false,
    countdown: true,
    writing: true,
    readiness: false,
    sortingAids: true,
  },
  exchange: {
    sortedBoard: true,
    othersParts: true,
    interest: true,
    contact: true,
    countdown: true,
    writing: true,
    readiness: false,
    sortingAids: false,
  },
  closed: {
    sortedBoard: true,
    othersParts: true,
    interest: false,
    contact: true,
    countdown: false,
    writing: false,
    readiness: false,
    sortingAids: false,
  },
};

/** What a phase shows; `null` (a document not yet synced) shows as the writing phase. */
export const phaseShows = (phase: Phase | null): PhaseShows => SHOWS[phase ?? "writing"];
