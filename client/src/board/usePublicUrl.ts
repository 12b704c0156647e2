import { useEffect, useState } from "react";
import type { TrocApi } from "../api";
import { useApi } from "../services/ApiContext";

// One request per page, and its answer kept: a part of the page that opens later (the share
// dialog) starts from it instead of from this page's origin, or a quick « Copier » copied a
// link to localhost when the board ran there and phones reach it by another address.
const requests = new WeakMap<TrocApi, Promise<string>>();
const answers = new WeakMap<TrocApi, string>();

function publicUrlOf(api: TrocApi): Promise<string> {
  let request = requests.get(api);
  if (!request) {
    request = api.getConfig().then((config) => {
      const answer = config.publicUrl.replace(/\/+$/, "");
      answers.set(api, answer);
      return answer;
    });
    // Failed (offline): the next part that asks tries again.
    request.catch(() => requests.delete(api));
    requests.set(api, request);
  }
  return request;
}

/**
 * The base URL phones should open: the server's answer (PUBLIC_URL, or its LAN address when
 * the board runs on localhost), this page's origin until it answers or if it cannot.
 */
export function usePublicUrl(): string {
  const api = useApi();
  const [base, setBase] = useState(() => answers.get(api) ?? window.location.origin);
  useEffect(() => {
    let live = true;
    publicUrlOf(api).then(
      (answer) => live && setBase(answer),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  return base;
}
