import type { ReactNode } from "react";
import { createContext, useContext } from "react";
import type * as Y from "yjs";

const DocContext = createContext<Y.Doc | null>(null);

/** Gives the board's components the document they dispatch shared commands on. */
export function DocProvider({ doc, children }: { doc: Y.Doc; children: ReactNode }) {
  return <DocContext value={doc}>{children}</DocContext>;
}

export function useDoc(): Y.Doc {
  const doc = useContext(DocContext);
  if (doc === null) throw new Error("useDoc needs a <DocProvider> above it");
  return doc;
}
