import * as decoding from "lib0/decoding";
import type { Refusal } from "./actor";

/** What a first pass over an update's bytes found: its writers' clock ranges and its size. */
export interface UpdateShape {
  /** Per client group, in order: the client, its first clock and the clock after its last. */
  readonly groups: readonly { client: number; clock: number; end: number }[];
  readonly structs: number;
  readonly deleteRanges: number;
}

class ShapeError extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.reason);
  }
}

const refuse = (rule: Refusal["rule"], reason: string): never => {
  throw new ShapeError({ rule, reason });
};

// Yjs's content references (the low five bits of a struct's info byte).
const GC = 0;
const DELETED = 1;
const SKIP = 10;
const TYPE = 7;
const ANY = 8;
// Shared types the schema uses: Y.Array (0) and Y.Map (1).
const ARRAY_OR_MAP = new Set([0, 1]);
// lib0's tags for plain values: null, integer, float32, float64, false, true, string.
const PLAIN_TAGS = new Set([126, 125, 124, 123, 121, 120, 119]);

/** Reads one plain value of a ContentAny without lib0's recursive readAny. */
function skipPlainValue(decoder: decoding.Decoder): void {
  const tag = decoding.readUint8(decoder);
  if (!PLAIN_TAGS.has(tag)) {
    refuse("structure", "a value that is not plain text, a number or a boolean");
  }
  if (tag === 125) decoding.readVarInt(decoder);
  else if (tag === 124) decoding.readFloat32(decoder);
  else if (tag === 123) decoding.readFloat64(decoder);
  else if (tag === 119) decoding.readVarString(decoder);
}

const skipId = (decoder: decoding.Decoder): void => {
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
};

function skipItem(decoder: decoding.Decoder, info: number): number {
  if (info & 0x80) skipId(decoder); // origin
  if (info & 0x40) skipId(decoder); // right origin
  if ((info & 0xc0) === 0) {
    // The parent: a root's name, or the id of the item holding it; then the key in it.
    if (decoding.readVarUint(decoder) === 1) decoding.readVarString(decoder);
    else skipId(decoder);
    if (info & 0x20) decoding.readVarString(decoder);
  }
  switch (info & 0x1f) {
    case DELETED:
      return decoding.readVarUint(decoder);
    case TYPE:
      if (!ARRAY_OR_MAP.has(decoding.readVarUint(decoder))) {
        refuse("structure", "an unsupported shared type");
      }
      return 1;
    case ANY: {
      const length = decoding.readVarUint(decoder);
      for (let i = 0; i < length; i++) skipPlainValue(decoder);
      return length;
    }
    default:
      return refuse("structure", "unsupported content");
  }
}

/**
 * A first pass over an update's bytes (Yjs's format v1), before Yjs decodes it: it allocates
 * nothing per struct and stops at the first thing no honest client sends (a skip, content
 * other than maps, arrays and plain values) or once the update holds more structs or delete
 * ranges than `limits` allow. Yjs's own decoder builds an object per struct and a shared type
 * per map, which costs microseconds each: only updates of a bounded size get that far.
 */
export function readUpdateShape(
  update: Uint8Array,
  limits: { maxStructs: number; maxDeleteRanges: number },
): UpdateShape | Refusal {
  try {
    const decoder = decoding.createDecoder(update);
    const groups: { client: number; clock: number; end: number }[] = [];
    let structs = 0;
    const groupCount = decoding.readVarUint(decoder);
    for (let g = 0; g < groupCount; g++) {
      const count = decoding.readVarUint(decoder);
      const client = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      structs += count;
      if (structs > limits.maxStructs) {
        refuse("too-large", `more than ${limits.maxStructs} changes in one update`);
      }
      let end = clock;
      for (let s = 0; s < count; s++) {
        const info = decoding.readUint8(decoder);
        const ref = info & 0x1f;
        if (ref === SKIP) refuse("structure", "an update with a gap (skip)");
        end += ref === GC ? decoding.readVarUint(decoder) : skipItem(decoder, info);
      }
      groups.push({ client, clock, end });
    }
    let deleteRanges = 0;
    const clients = decoding.readVarUint(decoder);
    for (let c = 0; c < clients; c++) {
      decoding.readVarUint(decoder);
      const ranges = decoding.readVarUint(decoder);
      deleteRanges += ranges;
      if (deleteRanges > limits.maxDeleteRanges) {
        refuse("too-large", `more than ${limits.maxDeleteRanges} deletes in one update`);
      }
      for (let r = 0; r < ranges; r++) {
        decoding.readVarUint(decoder);
        decoding.readVarUint(decoder);
      }
    }
    if (decoding.hasContent(decoder)) refuse("malformed", "trailing bytes after the update");
    return { groups, structs, deleteRanges };
  } catch (error) {
    if (error instanceof ShapeError) return error.refusal;
    return { rule: "malformed", reason: "not a Yjs update" };
  }
}
