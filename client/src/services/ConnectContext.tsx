import type { ReactNode } from "react";
import { createContext, useContext } from "react";
import type { ConnectWorkshop } from "../sync/connection";
import { connectWorkshop } from "../sync/connectWorkshop";

const openWorkshop: ConnectWorkshop = (workshopId, token) => connectWorkshop(workshopId, token);

const ConnectContext = createContext<ConnectWorkshop>(openWorkshop);

/** Replaces how pages open a workshop's document (tests pass a plain Y.Doc). */
export function ConnectProvider({
  connect,
  children,
}: {
  connect: ConnectWorkshop;
  children: ReactNode;
}) {
  return <ConnectContext value={connect}>{children}</ConnectContext>;
}

export const useConnect = (): ConnectWorkshop => useContext(ConnectContext);
