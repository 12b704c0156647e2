import { z } from "zod";
import type { Actor } from "./actor";

/**
 * What a client may say about itself in awareness: who it is (as the server knows it), and
 * where its pointer is or what it drags. Other keys are allowed but bounded by size.
 */
const userSchema = z
  .object({
    name: z.string().max(40).optional(),
    role: z.enum(["facilitator", "participant"]).optional(),
    color: z.string().max(32).optional(),
  })
  .optional();

/**
 * Checks one awareness state a client publishes. A participant may not take another name
 * than the one they registered, nor the facilitator's role. Returns a reason, or null.
 */
export function checkAwarenessState(
  state: unknown,
  actor: Actor,
  registeredName: string | null,
): string | null {
  if (state === null) return null; // going offline
  if (typeof state !== "object" || Array.isArray(state)) return "awareness state must be an object";
  const parsed = userSchema.safeParse((state as { user?: unknown }).user);
  if (!parsed.success) return "awareness user is malformed";
  const user = parsed.data;
  if (!user) return null;
  if (user.role !== undefined && user.role !== actor.role)
    return "awareness may not claim another role";
  if (actor.role === "participant" && user.name !== undefined && user.name !== registeredName) {
    return "awareness may not claim another name";
  }
  return null;
}
