import * as Y from "yjs";

/**
 * Sync answers from the room's document, the whole of it encoded once per state of the
 * document: every socket that joins with nothing (a phone scanning the join code, a board
 * opened on a new device) gets the same bytes, and at a workshop's start most of them join
 * within a minute. Encoding a 2,000-note board takes about 20 ms of the event loop.
 */
export class SyncAnswers {
  private whole: Uint8Array | null = null;

  constructor(private readonly doc: Y.Doc) {
    // Any transaction may change what the whole document encodes to; none encodes anything
    // for this listener (an "update" listener would make Yjs encode every transaction).
    doc.on("afterTransaction", () => {
      this.whole = null;
    });
  }

  /** What a client holding `stateVector` lacks. */
  missingFrom(stateVector: Uint8Array): Uint8Array {
    if (!isEmptyStateVector(stateVector)) return Y.encodeStateAsUpdate(this.doc, stateVector);
    this.whole ??= Y.encodeStateAsUpdate(this.doc);
    return this.whole;
  }
}

/** A state vector of no clients (a varuint 0), as a client with an empty document sends. */
const isEmptyStateVector = (stateVector: Uint8Array): boolean =>
  stateVector.length === 1 && stateVector[0] === 0;
