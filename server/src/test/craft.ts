import * as encoding from "lib0/encoding";
import * as Y from "yjs";

/**
 * Test support: Yjs updates written by hand, byte for byte as y-protocols' PROTOCOL.md and
 * Yjs's update format describe them, to send what no honest client would.
 */

type ItemContent = Y.Item["content"];

export type CraftedStruct =
  | {
      kind: "item";
      /** Where it sits: a root's name, or the id of the item holding its parent type. */
      parent?: string | Y.ID;
      parentSub?: string;
      origin?: Y.ID;
      rightOrigin?: Y.ID;
      content: ItemContent;
    }
  | { kind: "gc"; length: number }
  | { kind: "skip"; length: number };

export interface CraftedGroup {
  client: number;
  clock: number;
  structs: CraftedStruct[];
}

export interface CraftedDelete {
  client: number;
  ranges: [clock: number, length: number][];
}

/** A map entry's value, as Yjs stores `map.set(key, value)`. */
export const anyContent = (...values: unknown[]): ItemContent => new Y.ContentAny(values);
/** A new nested map or array. */
export const typeContent = (type: "map" | "array"): ItemContent =>
  new Y.ContentType(type === "map" ? new Y.Map() : new Y.Array());

/** Encodes groups of structs and a delete set as a Yjs update (v1). */
export function craftUpdate(groups: CraftedGroup[], deletes: CraftedDelete[] = []): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, groups.length);
  for (const group of groups) {
    encoding.writeVarUint(encoder.restEncoder, group.structs.length);
    encoder.writeClient(group.client);
    encoding.writeVarUint(encoder.restEncoder, group.clock);
    let clock = group.clock;
    for (const struct of group.structs) {
      const id = new Y.ID(group.client, clock);
      if (struct.kind === "gc") {
        new Y.GC(id, struct.length).write(encoder, 0);
        clock += struct.length;
      } else if (struct.kind === "skip") {
        new Y.Skip(id, struct.length).write(encoder, 0);
        clock += struct.length;
      } else {
        const item = new Y.Item(
          id,
          null,
          struct.origin ?? null,
          null,
          struct.rightOrigin ?? null,
          // Item.write takes a root's name or a parent id as they come in decoded updates.
          (struct.parent ?? null) as unknown as Y.AbstractType<unknown>,
          struct.parentSub ?? null,
          struct.content,
        );
        item.write(encoder, 0);
        clock += struct.content.getLength();
      }
    }
  }
  encoding.writeVarUint(encoder.restEncoder, deletes.length);
  for (const del of deletes) {
    encoding.writeVarUint(encoder.restEncoder, del.client);
    encoding.writeVarUint(encoder.restEncoder, del.ranges.length);
    for (const [clock, length] of del.ranges) {
      encoding.writeVarUint(encoder.restEncoder, clock);
      encoding.writeVarUint(encoder.restEncoder, length);
    }
  }
  return encoder.toUint8Array();
}

/** The id of the item holding note `noteId` in `doc` (what a forged child names as parent). */
export function noteItemId(doc: Y.Doc, noteId: string): Y.ID {
  const note = doc.getMap("notes").get(noteId);
  if (!(note instanceof Y.Map) || note._item === null) throw new Error(`no note ${noteId}`);
  return note._item.id;
}

/** The id of the item holding a nested type of a note (its parts or interested). */
export function noteFieldId(doc: Y.Doc, noteId: string, field: string): Y.ID {
  const note = doc.getMap("notes").get(noteId);
  const value = note instanceof Y.Map ? note.get(field) : undefined;
  if (!(value instanceof Y.AbstractType) || value._item === null) {
    throw new Error(`note ${noteId} has no ${field}`);
  }
  return value._item.id;
}
