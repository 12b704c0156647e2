import type { ReactNode } from "react";
import { createContext, useContext } from "react";
import type { TrocApi } from "../api";
import { httpApi } from "../api";

const ApiContext = createContext<TrocApi>(httpApi);

/** Replaces the HTTP API below it (tests pass in-memory answers). */
export function ApiProvider({ api, children }: { api: TrocApi; children: ReactNode }) {
  return <ApiContext value={api}>{children}</ApiContext>;
}

export const useApi = (): TrocApi => useContext(ApiContext);
