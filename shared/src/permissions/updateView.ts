import * as Y from "yjs";
import { ROOTS } from "../schema/roots";
import type { Refusal } from "./actor";
import { UPDATE_LIMITS } from "./updateLimits";

/** What `Y.decodeUpdate` lists: items, garbage-collected ranges and skips. */
export type UpdateStruct = ReturnType<typeof Y.decodeUpdate>["structs"][number];
/** Yjs does not export its DeleteSet type; this is what decodeUpdate returns. */
export type DeleteSet = ReturnType<typeof Y.decodeUpdate>["ds"];

/** One level below a root: the item at that level and its map key (null in an array). */
export interface Level {
  readonly id: Y.ID;
  readonly sub: string | null;
}

/** Where an item sits: the root type's name, then each level down to the item itself. */
export interface Place {
  readonly root: string;
  readonly levels: readonly Level[];
}

/**
 * Where an item lands once Yjs integrates it: a place, or nowhere visible ("inert") when it
 * goes into content that is already deleted, which Yjs integrates as deleted at once.
 */
export type Landing = Place | "inert";

/** Thrown inside a check to refuse the whole update; caught by the checker's entry point. */
export class RefusedError extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.reason);
  }
}

export function refuse(rule: Refusal["rule"], reason: string): never {
  throw new RefusedError({ rule, reason });
}

const KNOWN_ROOTS = new Set<string>(Object.values(ROOTS));

/** Where a referenced id lives: in the document already, or at an index of the update. */
type Ref = { readonly struct: Y.Item | Y.GC; readonly index: number | null };

interface Group {
  /** Index in `structs` of the client's first and last struct. */
  readonly first: number;
  readonly last: number;
  /** The clock after the client's last struct. */
  readonly end: number;
}

const isPrimitive = (value: unknown): boolean =>
  value === null ||
  typeof value === "boolean" ||
  (typeof value === "number" && Number.isFinite(value)) ||
  (typeof value === "string" && value.length <= UPDATE_LIMITS.maxStringLength);

/**
 * An update as the server will apply it, checked for the shape every honest client gives its
 * updates, whoever sent it: only what the document lacks (resent parts are cut off), starting
 * exactly where the document's state ends for each writer (no gaps, nothing left pending),
 * no skips, bounded clocks, keys, values and depth, only maps, arrays and plain values, every
 * parent and origin known, and an order Yjs can integrate. Each struct's landing is worked
 * out without recursion, in time linear in the update's size.
 */
export class UpdateView {
  readonly structs: readonly UpdateStruct[];
  readonly ds: DeleteSet;
  /** Clients the update writes for, with where their structs are. */
  private readonly groups = new Map<number, Group>();
  private readonly landings: (Landing | null)[];
  private readonly docLandings = new Map<Y.Item, Landing>();
  private readonly rootNames = new Map<unknown, string>();

  private constructor(
    private readonly doc: Y.Doc,
    /** The bytes that were checked, and the only ones that may be applied or stored. */
    readonly update: Uint8Array,
    decoded: ReturnType<typeof Y.decodeUpdate>,
  ) {
    this.structs = decoded.structs;
    this.ds = decoded.ds;
    this.landings = new Array<Landing | null>(this.structs.length).fill(null);
  }

  /**
   * Cuts what `doc` already holds out of `update` (when `overlaps`: only then is the costly
   * re-encoding needed), then checks what is left.
   */
  static of(doc: Y.Doc, update: Uint8Array, overlaps = true): UpdateView {
    let canonical: Uint8Array;
    let decoded: ReturnType<typeof Y.decodeUpdate>;
    try {
      canonical = overlaps ? Y.diffUpdate(update, Y.encodeStateVector(doc)) : update;
      decoded = Y.decodeUpdate(canonical);
    } catch {
      return refuse("malformed", "not a Yjs update");
    }
    const view = new UpdateView(doc, canonical, decoded);
    view.checkStructs();
    view.checkDeleteSet();
    view.resolveLandings();
    return view;
  }

  /** The clients the update writes with. */
  clients(): IterableIterator<number> {
    return this.groups.keys();
  }

  /** The update's items with where each lands. */
  *items(): Generator<[Y.Item, Landing]> {
    for (let i = 0; i < this.structs.length; i++) {
      const struct = this.structs[i];
      const landing = this.landings[i];
      if (struct instanceof Y.Item && landing) yield [struct, landing];
    }
  }

  /** The update's own struct covering `id`, if any. */
  inUpdate(id: Y.ID): UpdateStruct | null {
    const index = this.indexOf(id);
    return index === null ? null : (this.structs[index] ?? null);
  }

  /** The clock up to which `client`'s content will be known once the update is applied. */
  knownEnd(client: number): number {
    return this.groups.get(client)?.end ?? Y.getState(this.doc.store, client);
  }

  /** Where an item of the document sits, inert when something above it is deleted. */
  docLanding(item: Y.Item): Landing {
    const known = this.docLandings.get(item);
    if (known) return known;
    const levels: Level[] = [];
    let inert = false;
    let current = item;
    for (;;) {
      if (levels.length > UPDATE_LIMITS.maxDepth) {
        return refuse("structure", "the document is nested deeper than its schema");
      }
      levels.unshift({ id: current.id, sub: current.parentSub });
      const parent: unknown = current.parent;
      if (!(parent instanceof Y.AbstractType)) return refuse("structure", "unplaced item");
      const holder = parent._item;
      if (holder === null) {
        const landing: Landing = inert ? "inert" : { root: this.rootName(parent), levels };
        this.docLandings.set(item, landing);
        return landing;
      }
      if (holder.deleted) inert = true;
      current = holder;
    }
  }

  private rootName(type: Y.AbstractType<unknown>): string {
    let name = this.rootNames.get(type);
    if (name === undefined) {
      name = Y.findRootTypeKey(type);
      this.rootNames.set(type, name);
    }
    return name;
  }

  private checkStructs(): void {
    let current: number | null = null;
    let first = 0;
    const close = (index: number): void => {
      if (current === null) return;
      const start = this.structs[first];
      const end = this.structs[index - 1];
      if (!start || !end) return;
      if (start.id.clock !== Y.getState(this.doc.store, current)) {
        refuse("unknown-target", "skips ahead of what the server has");
      }
      this.groups.set(current, { first, last: index - 1, end: end.id.clock + end.length });
    };
    this.structs.forEach((struct, index) => {
      if (struct instanceof Y.Skip) refuse("structure", "an update with a gap (skip)");
      if (struct.id.client !== current) {
        close(index);
        if (this.groups.has(struct.id.client)) refuse("structure", "a client listed twice");
        current = struct.id.client;
        first = index;
      }
      if (!(struct.length > 0) || struct.id.clock + struct.length > UPDATE_LIMITS.maxClock) {
        refuse("structure", "a clock out of bounds");
      }
      if (struct instanceof Y.Item) checkContent(struct);
    });
    close(this.structs.length);
  }

  /**
   * Every delete range sorted, apart, and over content the server will hold: Yjs would keep
   * any other delete pending and apply it to someone's future content.
   */
  private checkDeleteSet(): void {
    for (const [client, ranges] of this.ds.clients) {
      let previousEnd = 0;
      for (const range of ranges) {
        if (!(range.len > 0) || range.clock < previousEnd) {
          refuse("structure", "a malformed delete set");
        }
        previousEnd = range.clock + range.len;
        if (previousEnd > this.knownEnd(client)) {
          refuse("unknown-target", "deletes content the server does not have");
        }
      }
    }
  }

  private indexOf(id: Y.ID): number | null {
    const group = this.groups.get(id.client);
    if (!group || id.clock < (this.structs[group.first]?.id.clock ?? 0) || id.clock >= group.end) {
      return null;
    }
    let low = group.first;
    let high = group.last;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const struct = this.structs[mid];
      if (!struct) break;
      if (id.clock < struct.id.clock) high = mid - 1;
      else if (id.clock >= struct.id.clock + struct.length) low = mid + 1;
      else return mid;
    }
    return null;
  }

  /** What `id` refers to, seen from the struct at `from`; refuses unknown content. */
  private ref(id: Y.ID, from: number): Ref {
    if (id.clock < Y.getState(this.doc.store, id.client)) {
      return { struct: Y.getItem(this.doc.store, id), index: null };
    }
    const index = this.indexOf(id);
    const struct = index === null ? undefined : this.structs[index];
    if (index === null || !(struct instanceof Y.Item || struct instanceof Y.GC)) {
      return refuse("unknown-target", "refers to content the server does not have");
    }
    if (id.client === this.structs[from]?.id.client && index >= from) {
      refuse("structure", "refers to its own later content");
    }
    return { struct, index };
  }

  private referencesOf(item: Y.Item): Y.ID[] {
    const ids: Y.ID[] = [];
    if (item.origin) ids.push(item.origin);
    if (item.rightOrigin) ids.push(item.rightOrigin);
    if (item.parent instanceof Y.ID) ids.push(item.parent);
    return ids;
  }

  /**
   * Orders the structs so each comes after what it refers to (Yjs integrates in such an
   * order, and leaves pending whatever sits on a cycle), then places each in that order.
   */
  private resolveLandings(): void {
    const count = this.structs.length;
    const deps: number[][] = [];
    for (let i = 0; i < count; i++) {
      const struct = this.structs[i];
      const group = struct && this.groups.get(struct.id.client);
      const list = group && i > group.first ? [i - 1] : [];
      if (struct instanceof Y.Item) {
        for (const id of this.referencesOf(struct)) {
          const { index } = this.ref(id, i);
          if (index !== null) list.push(index);
        }
      }
      deps.push(list);
    }
    const state = new Uint8Array(count); // 0 unseen, 1 on the path, 2 placed
    for (let root = 0; root < count; root++) {
      if (state[root] !== 0) continue;
      const stack: [number, number][] = [[root, 0]];
      state[root] = 1;
      while (stack.length > 0) {
        const top = stack[stack.length - 1] as [number, number];
        const next = deps[top[0]]?.[top[1]];
        if (next !== undefined) {
          top[1] += 1;
          if (state[next] === 1) refuse("structure", "content that refers to itself");
          if (state[next] === 0) {
            state[next] = 1;
            stack.push([next, 0]);
          }
          continue;
        }
        stack.pop();
        state[top[0]] = 2;
        this.place(top[0]);
      }
    }
  }

  private landingOf(ref: Ref): Landing {
    if (ref.index !== null) {
      const landing = this.landings[ref.index];
      return landing ?? refuse("structure", "refers to content that is not placed");
    }
    return this.docLanding(ref.struct as Y.Item);
  }

  private place(index: number): void {
    const item = this.structs[index];
    if (!(item instanceof Y.Item)) return;
    const level = (sub: string | null): Level => ({ id: item.id, sub });
    const parent: unknown = item.parent;
    let landing: Landing;
    if (typeof parent === "string") {
      if (!KNOWN_ROOTS.has(parent)) refuse("unknown-root", `unknown root type "${parent}"`);
      if (item.parentSub === null) refuse("structure", "a root map entry without a key");
      landing = { root: parent, levels: [level(item.parentSub)] };
    } else if (parent instanceof Y.ID) {
      landing = this.underHolder(this.ref(parent, index), level(item.parentSub));
    } else {
      const left = item.origin && this.ref(item.origin, index);
      const right = item.rightOrigin && this.ref(item.rightOrigin, index);
      const neighbour = left || right;
      if (!neighbour) refuse("structure", "an item with neither parent nor origin");
      if (left?.struct instanceof Y.GC || right?.struct instanceof Y.GC) {
        landing = "inert"; // Yjs garbage-collects an item next to collected content
      } else {
        const beside = this.landingOf(neighbour);
        const last = beside === "inert" ? undefined : beside.levels[beside.levels.length - 1];
        landing =
          beside === "inert" || !last
            ? "inert"
            : { root: beside.root, levels: [...beside.levels.slice(0, -1), level(last.sub)] };
      }
    }
    if (landing !== "inert" && landing.levels.length > UPDATE_LIMITS.maxDepth) {
      refuse("structure", "nested deeper than the schema");
    }
    this.landings[index] = landing;
  }

  /** The landing of an item whose parent is the type held by `holder`. */
  private underHolder(holder: Ref, level: Level): Landing {
    const struct = holder.struct;
    if (struct instanceof Y.GC || struct.content instanceof Y.ContentDeleted) return "inert";
    if (!(struct.content instanceof Y.ContentType)) {
      return refuse("structure", "a parent that is not a map or an array");
    }
    const isMap = struct.content.type instanceof Y.Map;
    if (isMap !== (level.sub !== null)) refuse("structure", "a key where none belongs");
    const above = this.landingOf(holder);
    return above === "inert" ? "inert" : { root: above.root, levels: [...above.levels, level] };
  }
}

/** Only maps, arrays and plain bounded values, as the schema uses; nothing else is needed. */
function checkContent(item: Y.Item): void {
  const content = item.content;
  if (item.parentSub !== null && item.parentSub.length > UPDATE_LIMITS.maxKeyLength) {
    refuse("structure", "a key too long");
  }
  if (content instanceof Y.ContentDeleted) return;
  if (content instanceof Y.ContentType) {
    if (content.type instanceof Y.Map || content.type instanceof Y.Array) return;
    refuse("structure", "an unsupported shared type");
  }
  if (content instanceof Y.ContentAny) {
    if (content.arr.every(isPrimitive)) return;
    refuse("structure", "a value that is not plain text, a number or a boolean");
  }
  refuse("structure", "unsupported content");
}
