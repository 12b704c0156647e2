// Imported for its effect by the board's chunk (and the tests): adds the board's messages.
import { enBoard } from "./board.en";
import { frBoard } from "./board.fr";
import { registerMessages } from "./i18n";

registerMessages(frBoard, enBoard);
