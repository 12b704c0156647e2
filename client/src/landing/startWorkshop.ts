import type { SkillsMap } from "@troc/shared";
import { cleanWorkshopInput } from "@troc/shared";
import type { NewWorkshop, TrocApi } from "../api";
import { boardPath } from "../router/routes";
import { saveFacilitatorKey, saveJoinCode } from "../session/storage";

/**
 * Creates a workshop, remembers its key and join code in this browser, and returns the
 * board's path (with both in the fragment, so the link works on another browser too).
 * An empty title is left to the server's default. Throws TrocInputError or ApiError.
 */
export async function startWorkshop(
  api: TrocApi,
  draft: { title: string; prompt: string; from?: SkillsMap | undefined },
): Promise<string> {
  const hasTitle = draft.title.trim().length > 0;
  // Checked here too, so a bad field is named in French before any request.
  const clean = cleanWorkshopInput(hasTitle ? draft : { prompt: draft.prompt });
  const input: NewWorkshop = hasTitle ? clean : { prompt: clean.prompt };
  if (draft.from) input.from = draft.from;
  const created = await api.createWorkshop(input);
  saveFacilitatorKey(created.workshopId, created.facilitatorKey);
  saveJoinCode(created.workshopId, created.joinCode);
  return boardPath(created.workshopId, {
    facilitatorKey: created.facilitatorKey,
    joinCode: created.joinCode,
  });
}
