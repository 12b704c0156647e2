/** Who sends a change, as the server proved it from their token. */
export type Actor =
  | { readonly role: "facilitator" }
  | { readonly role: "participant"; readonly participantId: string };

/** Why a change was refused; `reason` is sent to the client in the close frame. */
export interface Refusal {
  readonly rule:
    | "malformed"
    | "structure"
    | "too-large"
    | "client"
    | "unknown-root"
    | "closed"
    | "read-only"
    | "meta"
    | "families"
    | "other-note"
    | "note-field"
    | "author"
    | "interested"
    | "unknown-target"
    | "note-limit"
    | "awareness";
  readonly reason: string;
}
