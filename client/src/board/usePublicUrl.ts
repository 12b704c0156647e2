import { useEffect, useState } from "react";
import type { TrocApi } from "../api";
import { useApi } from "../services/ApiContext";

// The server's answer, once per page: a part of the page that opens later (the share dialog)
// starts from it instead of from this page's origin, or a quick « Copier » copied a link to
// localhost when the board ran there and phones reach it by another address.
const answers = new WeakMap<TrocApi, string>();

/**
 * The base URL phones should open: the server's answer (PUBLIC_URL, or its LAN address when
 * the board runs on localhost), this page's origin until it answers or if it cannot.
 */
export function usePublicUrl(): string {
  const api = useApi();
  const [base, setBase] = useState(() => answers.get(api) ?? window.location.origin);
  useEffect(() => {
    let live = true;
    api.getConfig().then(
      (config) => {
        const answer = config.publicUrl.replace(/\/+$/, "");
        answers.set(api, answer);
        if (live) setBase(answer);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  return base;
}
