import * as Y from "yjs";

/** One level below a root: the item that holds it and its map key (null in an array). */
export interface Level {
  readonly id: Y.ID;
  readonly sub: string | null;
}

/** Where an item sits: the root type's name, then each level down to the item itself. */
export interface Place {
  readonly root: string;
  readonly levels: readonly Level[];
}

/** What `Y.decodeUpdate` lists: items, garbage-collected ranges and skips. */
export type UpdateStruct = ReturnType<typeof Y.decodeUpdate>["structs"][number];

const idKey = (id: Y.ID): string => `${id.client}:${id.clock}`;

/**
 * Finds the place of every item an update inserts or deletes, from the update itself and the
 * document it will be applied to. Items in an update carry either their parent (a root name
 * or the id of the item holding the parent type) or only an origin, whose parent they share.
 */
export class PlaceResolver {
  private readonly updateStructs = new Map<number, UpdateStruct[]>();
  private readonly cache = new Map<string, Place | null>();

  constructor(
    private readonly doc: Y.Doc,
    structs: readonly UpdateStruct[],
  ) {
    for (const struct of structs) {
      const list = this.updateStructs.get(struct.id.client) ?? [];
      list.push(struct);
      this.updateStructs.set(struct.id.client, list);
    }
  }

  /** Every item of the update. */
  *items(): Generator<Y.Item> {
    for (const list of this.updateStructs.values()) {
      for (const struct of list) if (struct instanceof Y.Item) yield struct;
    }
  }

  /** The update's own struct (item, or garbage-collected range) covering `id`, if any. */
  updateStruct(id: Y.ID): UpdateStruct | null {
    for (const struct of this.updateStructs.get(id.client) ?? []) {
      if (struct.id.clock <= id.clock && id.clock < struct.id.clock + struct.length) return struct;
    }
    return null;
  }

  /** The update's own item covering `id`, if any. */
  inUpdate(id: Y.ID): Y.Item | null {
    const struct = this.updateStruct(id);
    return struct instanceof Y.Item ? struct : null;
  }

  /** The document's struct covering `id` (an item or garbage-collected range), if it has one. */
  knownStruct(id: Y.ID): Y.Item | Y.GC | null {
    if (id.clock >= Y.getState(this.doc.store, id.client)) return null;
    return Y.getItem(this.doc.store, id);
  }

  /** The document's item covering `id`; null when the document has no such item (or GC'd it). */
  inDoc(id: Y.ID): Y.Item | null {
    const struct = this.knownStruct(id);
    return struct instanceof Y.Item ? struct : null;
  }

  /** True when the document already holds every clock of `item` (a resent item, a no-op). */
  isKnown(item: Y.Item): boolean {
    return item.id.clock + item.length <= Y.getState(this.doc.store, item.id.client);
  }

  /** The place of whatever item covers `id`, in the update or the document; null if unknown. */
  placeOfId(id: Y.ID): Place | null {
    const item = this.inUpdate(id) ?? this.inDoc(id);
    return item ? this.placeOf(item) : null;
  }

  placeOf(item: Y.Item): Place | null {
    const key = idKey(item.id);
    if (this.cache.has(key)) return this.cache.get(key) ?? null;
    this.cache.set(key, null); // guards against cycles in forged updates
    const place = this.compute(item);
    this.cache.set(key, place);
    return place;
  }

  private compute(item: Y.Item): Place | null {
    const level = (sub: string | null): Level => ({ id: item.id, sub });
    const parent: unknown = item.parent;
    if (parent instanceof Y.AbstractType) {
      // An item already in the document.
      const holder = parent._item;
      if (holder === null)
        return { root: Y.findRootTypeKey(parent), levels: [level(item.parentSub)] };
      const above = this.placeOf(holder);
      return above && { root: above.root, levels: [...above.levels, level(item.parentSub)] };
    }
    if (typeof parent === "string") return { root: parent, levels: [level(item.parentSub)] };
    if (parent instanceof Y.ID) {
      const above = this.placeOfId(parent);
      return above && { root: above.root, levels: [...above.levels, level(item.parentSub)] };
    }
    // Only an origin: the item shares its neighbour's parent and map key.
    const neighbourId = item.origin ?? item.rightOrigin;
    const neighbour = neighbourId && this.placeOfId(neighbourId);
    if (!neighbour) return null;
    const last = neighbour.levels[neighbour.levels.length - 1];
    return {
      root: neighbour.root,
      levels: [...neighbour.levels.slice(0, -1), level(last?.sub ?? null)],
    };
  }
}

export const sameId = (a: Y.ID, b: Y.ID): boolean => a.client === b.client && a.clock === b.clock;
