import * as Y from "yjs";
import { META_KEYS } from "../schema/meta";
import { metaMap } from "../schema/roots";
import type { Actor, Refusal } from "./actor";
import { FACILITATOR_OWNER, ownerOf } from "./clientOwners";
import { ParticipantRules } from "./participantRules";
import { UPDATE_LIMITS } from "./updateLimits";
import { readUpdateShape } from "./updateShape";
import { RefusedError, refuse, UpdateView } from "./updateView";

/** What the server knows beyond the document when it checks an update. */
export interface AdmitOptions {
  /**
   * Who owns each Yjs client id that has written to the document: a participantId, or
   * FACILITATOR_OWNER. A client id is bound to whoever first wrote with it, for good.
   */
  readonly owners?: ReadonlyMap<number, string>;
  /** The participant's registered name: the authorName of their notes. */
  readonly name?: string;
  /** Notes one participant may have on the board at once. */
  readonly maxNotesPerParticipant?: number;
  /** How many notes an author has now (an index the caller keeps); counted when absent. */
  readonly notesOf?: (authorId: string) => number;
  /** A document written by newer code: nothing may change it. */
  readonly readOnly?: boolean;
}

/** Server-side limits checked with the rules (the older name of AdmitOptions). */
export type UpdateLimits = AdmitOptions;

export type Admission =
  | {
      readonly ok: true;
      /** What to apply and store: the update cut down to what the document lacks. */
      readonly update: Uint8Array;
      /** Client ids this update writes with for the first time: bind them to the sender. */
      readonly newClients: readonly number[];
    }
  | { readonly ok: false; readonly refusal: Refusal };

/**
 * Decides whether `actor` may apply `update` to `doc`. Everyone's update must have the shape
 * an honest client gives it (UpdateView) and write only with client ids of their own; a
 * participant's must also keep docs/security.md's rules (ParticipantRules), and change nothing once
 * the workshop is closed. Pure: `doc` is only read. A refused update is refused whole.
 */
export function admitUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  actor: Actor,
  options: AdmitOptions = {},
): Admission {
  const shape = readUpdateShape(update, {
    maxStructs: UPDATE_LIMITS.maxStructs[actor.role],
    maxDeleteRanges: UPDATE_LIMITS.maxDeleteRanges[actor.role],
  });
  if ("rule" in shape) return { ok: false, refusal: shape };
  try {
    const overlaps = shape.groups.some((g) => g.clock < Y.getState(doc.store, g.client));
    const view = UpdateView.of(doc, update, overlaps);
    const newClients = claimClients(doc, view, ownerOf(actor), options.owners ?? new Map());
    const closed = actor.role === "participant" && metaMap(doc).get(META_KEYS.phase) === "closed";
    if ((options.readOnly || closed) && changesSomething(doc, view)) {
      if (options.readOnly) refuse("read-only", "document is newer than this server: read-only");
      refuse("closed", "the workshop is closed");
    }
    if (actor.role === "participant") {
      new ParticipantRules(doc, view, {
        participantId: actor.participantId,
        name: options.name,
        maxNotesPerParticipant: options.maxNotesPerParticipant,
        ownNotes: options.notesOf && (() => options.notesOf?.(actor.participantId) ?? 0),
      }).check();
    }
    return { ok: true, update: view.update, newClients };
  } catch (error) {
    if (error instanceof RefusedError) return { ok: false, refusal: error.refusal };
    // A check that cannot finish (a bug, or input beyond what the decoder survives) refuses:
    // the update is never applied, and the room goes on.
    return { ok: false, refusal: { rule: "malformed", reason: "could not check this update" } };
  }
}

/** The refusal `admitUpdate` gives, or null when the update is allowed. */
export function checkUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  actor: Actor,
  options: AdmitOptions = {},
): Refusal | null {
  const admission = admitUpdate(doc, update, actor, options);
  return admission.ok ? null : admission.refusal;
}

/** Writes only with client ids of one's own, or new ones (returned, to be bound). */
function claimClients(
  doc: Y.Doc,
  view: UpdateView,
  owner: string,
  owners: ReadonlyMap<number, string>,
): number[] {
  const fresh: number[] = [];
  for (const client of view.clients()) {
    const known = owners.get(client);
    if (known === undefined) {
      if (Y.getState(doc.store, client) > 0) refuse("client", "writes with a client id not yours");
      fresh.push(client);
    } else if (known !== owner) {
      refuse("client", "writes with a client id not yours");
    }
  }
  if (fresh.length > 0 && owner !== FACILITATOR_OWNER) {
    let mine = 0;
    for (const value of owners.values()) if (value === owner) mine++;
    if (mine + fresh.length > UPDATE_LIMITS.maxClientsPerParticipant) {
      refuse("client", "too many devices or page loads for one participant");
    }
  }
  return fresh;
}

/** True when applying the view would insert something or delete live content. */
function changesSomething(doc: Y.Doc, view: UpdateView): boolean {
  if (view.structs.length > 0) return true;
  for (const [client, ranges] of view.ds.clients) {
    const structs = doc.store.clients.get(client);
    if (!structs) continue;
    for (const range of ranges) {
      const end = range.clock + range.len;
      for (let i = Y.findIndexSS(structs, range.clock); i < structs.length; i++) {
        const struct = structs[i];
        if (!struct || struct.id.clock >= end) break;
        if (struct instanceof Y.Item && !struct.deleted) return true;
      }
    }
  }
  return false;
}

/** True when applying `update` to `doc` would change nothing (a resent or empty update). */
export function changesNothing(doc: Y.Doc, update: Uint8Array): boolean {
  return admitUpdate(doc, update, { role: "facilitator" }, { readOnly: true }).ok;
}
