import { TrocInputError } from "../errors";
import { cleanText, LIMITS } from "./text";

// Loose on purpose: people write "06 12 34 56 78", "+33 6…" or "lea@asso.fr, le soir": the
// rule only catches a slip of the thumb (a name, a word) before organisers rely on it.
const LOOKS_LIKE_EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const PHONE_DIGITS = 6;

/**
 * A participant's contact details, trimmed: an email address or a phone number (at least six
 * digits), 3 to 120 characters. Throws TrocInputError("contact") otherwise.
 */
export function cleanContact(value: unknown): string {
  const contact = cleanText("contact", value, LIMITS.contact);
  const digits = contact.replace(/\D/g, "").length;
  if (!LOOKS_LIKE_EMAIL.test(contact) && digits < PHONE_DIGITS) {
    throw new TrocInputError("contact", "contact must be an email address or a phone number");
  }
  return contact;
}
