import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import "../i18n/boardMessages";
import "../i18n/privacyMessages";
import { setLanguage } from "../i18n/i18n";

// CI machines are shared and busy: give lazy pages time to load before a find* gives up.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  setLanguage("fr");
  window.localStorage.clear();
  window.history.replaceState(null, "", "/");
});
