export type { MyData, PrivacyFacts, WorkshopDetails } from "./api/lifecycleAnswers";
export {
  erasedSchema,
  myDataSchema,
  privacySchema,
  workshopDetailsSchema,
} from "./api/lifecycleAnswers";
export { TrocInputError, TrocNotFoundError } from "./errors";
export { seedFromSkillsMap, seedStepsFromSkillsMap } from "./export/fromSkillsMap";
export type { SkillsMap } from "./export/skillsMapSchema";
export { SKILLS_MAP_VERSION, skillsMapSchema } from "./export/skillsMapSchema";
export { toCsv } from "./export/toCsv";
export { toMarkdown } from "./export/toMarkdown";
export type { SkillsMapOptions } from "./export/toSkillsMap";
export { toSkillsMap } from "./export/toSkillsMap";
export { toSvg } from "./export/toSvg";
export { mergeFamilies, placeFamily, recolorFamily, reorderFamily } from "./model/arrangeFamilies";
export { BOARD_UNDO_CAPTURE_MS, createBoardUndoManager } from "./model/boardUndo";
export type { StoredVector } from "./model/delivery";
export { isNoteStored, mergeStoredVector } from "./model/delivery";
export type { NewFamilyInput } from "./model/families";
export {
  createFamily,
  deleteFamily,
  nextFamilyColor,
  readFamilies,
  renameFamily,
} from "./model/families";
export { setInterest } from "./model/interest";
export type { SpotlightTarget, WorkshopInput } from "./model/meta";
export {
  cleanWorkshopInput,
  DEFAULT_PROMPT,
  DEFAULT_TITLE,
  initWorkshop,
  readMeta,
  setPhase,
  setShowAuthors,
  setSpotlight,
  spotlightTarget,
} from "./model/meta";
export { moveNotes } from "./model/moveNotes";
export type { NewNoteInput, NotePatch } from "./model/notes";
export {
  addNote,
  addPart,
  compareByCreation,
  deleteNote,
  editNote,
  moveNote,
  readNote,
  readNotes,
  readNotesByAuthor,
  readNotesByFamily,
} from "./model/notes";
export type { NotesByAuthor } from "./model/notesByAuthor";
export { indexNotesByAuthor } from "./model/notesByAuthor";
export type { BoardChange } from "./model/observe";
export { observeBoard } from "./model/observe";
export type { ParticipantBoardData } from "./model/participantData";
export { eraseParticipant, readParticipantData } from "./model/participantData";
export { editPart, removePart } from "./model/parts";
export type { PhaseShows } from "./model/phaseRules";
export { phaseShows } from "./model/phaseRules";
export { addReferenceFamilies, REFERENCE_FAMILIES } from "./model/referenceFamilies";
export {
  isSilentWriting,
  setHideOthersWhileWriting,
} from "./model/silentWriting";
export type { StackAuthor } from "./model/stacks";
export {
  isStackedAway,
  keptNoteOf,
  readStacks,
  stackAuthors,
  stackNotes,
  stacksOf,
  unstackNote,
} from "./model/stacks";
export type { TimerFields } from "./model/timer";
export {
  extendTimer,
  readTimer,
  startTimer,
  stopTimer,
  TIMER_MAX_MS,
  TIMER_MIN_MS,
} from "./model/timer";
export type { Actor, Refusal } from "./permissions/actor";
export { checkAwarenessState } from "./permissions/checkAwareness";
export type { Admission, AdmitOptions, UpdateLimits } from "./permissions/checkUpdate";
export { admitUpdate, changesNothing, checkUpdate } from "./permissions/checkUpdate";
export {
  FACILITATOR_OWNER,
  inferOwners,
  ownerOf,
  touchesParticipantContent,
} from "./permissions/clientOwners";
export { UPDATE_LIMITS } from "./permissions/updateLimits";
export { CLOSE } from "./protocol/closeCodes";
export { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normalizeJoinCode } from "./protocol/joinCode";
export {
  decodeStoredPayload,
  encodeStoredMessage,
  MESSAGE_AWARENESS,
  MESSAGE_STORED,
  MESSAGE_SYNC,
  STORED_MESSAGE_VERSION,
  transactionUpperClocks,
  updateUpperClocks,
} from "./protocol/messages";
export { cleanContact } from "./schema/contact";
export type { FamilyRecord } from "./schema/family";
export { CANVAS_LIMIT } from "./schema/family";
export type { Phase, WorkshopMeta } from "./schema/meta";
export { CURRENT_SCHEMA_VERSION, PHASES } from "./schema/meta";
export type { Migration, MigrationOutcome } from "./schema/migrations";
export { MIGRATIONS, migrateDocument, readSchemaVersion } from "./schema/migrations";
export type { Category, Kind, NoteRecord } from "./schema/note";
export { CATEGORIES, FACILITATOR_AUTHOR_ID, KINDS } from "./schema/note";
export type { FamilyColor, NoteColor } from "./schema/palette";
export { FAMILY_COLORS, NOTE_COLORS } from "./schema/palette";
export type { NotePart, PartType } from "./schema/part";
export { PART_TYPES } from "./schema/part";
export { cleanText, LIMITS } from "./schema/text";
export { acceptSuggestions } from "./suggestions/acceptSuggestions";
export type { NearDuplicateOptions } from "./suggestions/nearDuplicates";
export { DEFAULT_DUPLICATE_MIN_SIMILARITY, findNearDuplicates } from "./suggestions/nearDuplicates";
export type { FamilySuggestion, SuggestFamiliesOptions } from "./suggestions/suggestFamilies";
export { DEFAULT_SUGGESTION_MIN_SCORE, suggestFamilies } from "./suggestions/suggestFamilies";
export { foldText, keyTerms, termSimilarity, textSimilarity } from "./text/similarity";
