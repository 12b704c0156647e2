import * as Y from "yjs";
import { FACILITATOR_AUTHOR_ID, NOTE_KEYS } from "../schema/note";
import { ROOTS } from "../schema/roots";
import type { Actor } from "./actor";

/** The owner recorded for Yjs client ids the facilitator writes with. */
export const FACILITATOR_OWNER = FACILITATOR_AUTHOR_ID;

/** The owner recorded for client ids an actor writes with. */
export const ownerOf = (actor: Actor): string =>
  actor.role === "facilitator" ? FACILITATOR_OWNER : actor.participantId;

/** The items above `item`, from the root's child down to `item`; null past `maxDepth`. */
export function holdersOf(item: Y.Item, maxDepth = 8): Y.Item[] | null {
  const chain: Y.Item[] = [item];
  let current = item;
  while (chain.length <= maxDepth) {
    const parent: unknown = current.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    if (parent._item === null) return chain.reverse();
    current = parent._item;
    chain.push(current);
  }
  return null;
}

/**
 * Owners for the client ids of a document stored before owners were recorded, from what each
 * wrote: the workshop settings or families (the facilitator), a note (its author), an
 * interest mark (that participant), an edit inside a note (its author). A client nothing
 * tells about goes to the facilitator, so that no participant may take it over.
 */
export function inferOwners(doc: Y.Doc, known: ReadonlyMap<number, string>): Map<number, string> {
  const inferred = new Map<number, string>();
  for (const [client, structs] of doc.store.clients) {
    if (known.has(client)) continue;
    let best: { rank: number; owner: string } | null = null;
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) continue;
      const guess = guessOwner(struct);
      if (guess && (best === null || guess.rank > best.rank)) best = guess;
      if (best?.rank === 3) break;
    }
    inferred.set(client, best?.owner ?? FACILITATOR_OWNER);
  }
  return inferred;
}

function guessOwner(item: Y.Item): { rank: number; owner: string } | null {
  const chain = holdersOf(item);
  const top = chain?.[0];
  if (!chain || !top) return null;
  const root = Y.findRootTypeKey(top.parent as Y.AbstractType<unknown>);
  if (root !== ROOTS.notes) return { rank: 3, owner: FACILITATOR_OWNER };
  const note = top.content instanceof Y.ContentType ? top.content.type : null;
  const author = note instanceof Y.Map ? note.get(NOTE_KEYS.authorId) : undefined;
  if (chain.length === 1) return typeof author === "string" ? { rank: 2, owner: author } : null;
  const field = chain[1]?.parentSub;
  if (field === NOTE_KEYS.interested && chain.length === 3 && item.parentSub) {
    return { rank: 1, owner: item.parentSub };
  }
  return typeof author === "string" ? { rank: 0, owner: author } : null;
}

/**
 * True when a facilitator's item sits inside, or next to, content a participant's client
 * wrote: a phone that was not sent that participant's content cannot integrate it (Yjs would
 * hold it, and everything its client wrote after it, pending).
 */
export function touchesParticipantContent(
  item: Y.Item,
  owners: ReadonlyMap<number, string>,
): boolean {
  const byParticipant = (id: Y.ID | null): boolean => {
    if (id === null) return false;
    const owner = owners.get(id.client);
    return owner !== undefined && owner !== FACILITATOR_OWNER;
  };
  if (byParticipant(item.origin) || byParticipant(item.rightOrigin)) return true;
  const chain = holdersOf(item);
  if (chain === null) return true;
  return chain.some((holder) => holder !== item && byParticipant(holder.id));
}
