// Imported for its effect by the chunks that show a participant's data: adds their messages.
import { registerMessages } from "./i18n";
import { enPrivacy } from "./privacy.en";
import { frPrivacy } from "./privacy.fr";

registerMessages(frPrivacy, enPrivacy);
