import { LIMITS, TrocInputError } from "@troc/shared";
import { ApiError } from "./api";
import type { MessageId } from "./i18n/i18n";
import { t } from "./i18n/i18n";

/** The input rules the client explains itself, by the field TrocInputError names. */
const INPUT_RULES: Readonly<Record<string, { id: MessageId; limit: keyof typeof LIMITS }>> = {
  text: { id: "errors.input.text", limit: "noteText" },
  name: { id: "errors.input.name", limit: "familyName" },
  authorName: { id: "errors.input.authorName", limit: "personName" },
  title: { id: "errors.input.title", limit: "workshopTitle" },
  prompt: { id: "errors.input.prompt", limit: "workshopPrompt" },
  contact: { id: "participant.contactInvalid", limit: "contact" },
};

/** The sentence to show for a failed action: ours for input rules, the server's own text otherwise. */
export function describeError(error: unknown): string {
  if (error instanceof TrocInputError) {
    const rule = INPUT_RULES[error.field];
    return rule ? t(rule.id, LIMITS[rule.limit]) : error.message;
  }
  if (error instanceof ApiError) return error.message;
  return t("errors.unexpected");
}
