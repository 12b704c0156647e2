import { useEffect, useState } from "react";
import type { JoinInfo } from "../api";
import { describeError } from "../describeError";
import { useApi } from "../services/ApiContext";

export type JoinLookup =
  | { status: "loading" }
  | { status: "unknown" }
  | { status: "error"; message: string }
  | { status: "found"; workshop: JoinInfo };

/** Resolves a join code into its workshop. */
export function useJoinLookup(joinCode: string): JoinLookup {
  const api = useApi();
  const [lookup, setLookup] = useState<JoinLookup>({ status: "loading" });
  useEffect(() => {
    let current = true;
    setLookup({ status: "loading" });
    api.resolveJoinCode(joinCode).then(
      (workshop) => {
        if (current) setLookup(workshop ? { status: "found", workshop } : { status: "unknown" });
      },
      (error: unknown) => {
        if (current) setLookup({ status: "error", message: describeError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [api, joinCode]);
  return lookup;
}
