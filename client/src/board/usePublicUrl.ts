import { useEffect, useState } from "react";
import { useApi } from "../services/ApiContext";

/**
 * The base URL phones should open: the server's answer (PUBLIC_URL, or its LAN address when
 * the board runs on localhost), this page's origin until it answers or if it cannot.
 */
export function usePublicUrl(): string {
  const api = useApi();
  const [base, setBase] = useState(() => window.location.origin);
  useEffect(() => {
    let live = true;
    api.getConfig().then(
      (config) => live && setBase(config.publicUrl.replace(/\/+$/, "")),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  return base;
}
