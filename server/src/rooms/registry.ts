import type { RoomOptions } from "./room";
import { Room } from "./room";

export interface RegistryOptions extends Omit<RoomOptions, "onEmpty" | "onFailed"> {
  unloadGraceMs: number;
}

/**
 * The loaded rooms. Holds load promises, so two sockets arriving at once load a room once,
 * and waits for a room's unload to finish before loading it again (its compaction must not
 * race a new room's writes).
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<Room>>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  /** Workshops deleted while this process runs: never loaded again. */
  private readonly deleted = new Set<string>();

  constructor(private readonly options: RegistryOptions) {}

  /** The room of a workshop the caller knows exists, loading it if needed. */
  async acquire(workshopId: string): Promise<Room> {
    if (this.deleted.has(workshopId)) throw new Error("workshop deleted");
    const timer = this.unloadTimers.get(workshopId);
    if (timer) {
      clearTimeout(timer);
      this.unloadTimers.delete(workshopId);
    }
    let room = this.rooms.get(workshopId);
    if (!room) {
      room = this.load(workshopId);
      this.rooms.set(workshopId, room);
      room.catch(() => this.rooms.delete(workshopId));
    }
    return room;
  }

  /** Runs `use` on a room and lets it unload afterwards if no socket holds it. */
  async withRoom<T>(workshopId: string, use: (room: Room) => T): Promise<T> {
    const room = await this.acquire(workshopId);
    try {
      return use(room);
    } finally {
      this.releaseIfIdle(room);
    }
  }

  /** Lets a room unload after the grace period if no socket holds it. */
  releaseIfIdle(room: Room): void {
    if (room.connections.size === 0) this.scheduleUnload(room);
  }

  /**
   * Drops a workshop's room for good (its workshop is being deleted): closes its sockets with
   * `code`, lets the batch in hand finish, frees it without compaction, never loads it again.
   */
  async evict(workshopId: string, code: number, reason: string): Promise<void> {
    this.deleted.add(workshopId);
    const timer = this.unloadTimers.get(workshopId);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(workshopId);
    const room = this.rooms.get(workshopId);
    this.rooms.delete(workshopId);
    await this.unloading.get(workshopId);
    const loaded = await room?.catch(() => null);
    await loaded?.discard(code, reason);
  }

  get loadedCount(): number {
    return this.rooms.size;
  }

  private async load(workshopId: string): Promise<Room> {
    await this.unloading.get(workshopId);
    return Room.load(workshopId, {
      ...this.options,
      onEmpty: (room) => this.scheduleUnload(room),
      // Dropped at once, without compaction: the next socket loads it again from storage.
      onFailed: (room) => void this.unload(room),
    });
  }

  private scheduleUnload(room: Room): void {
    if (this.unloadTimers.has(room.workshopId)) return;
    const timer = setTimeout(() => {
      this.unloadTimers.delete(room.workshopId);
      if (room.connections.size === 0) void this.unload(room);
    }, this.options.unloadGraceMs);
    timer.unref();
    this.unloadTimers.set(room.workshopId, timer);
  }

  private async unload(room: Room): Promise<void> {
    this.rooms.delete(room.workshopId);
    const done = room
      .unload()
      .catch((err: unknown) =>
        this.options.log.error({ err, workshopId: room.workshopId }, "unload failed"),
      )
      .finally(() => this.unloading.delete(room.workshopId));
    this.unloading.set(room.workshopId, done);
    await done;
  }

  /** For shutdown: closes every socket with `code`, finishes storing, unloads every room. */
  async closeAll(code: number, reason: string): Promise<void> {
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    const rooms = await Promise.allSettled(this.rooms.values());
    for (const result of rooms) {
      if (result.status !== "fulfilled") continue;
      result.value.closeAll(code, reason);
      await this.unload(result.value);
    }
    await Promise.all(this.unloading.values());
  }
}
