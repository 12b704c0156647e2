import { useState } from "react";
import { describeError } from "../describeError";

/**
 * Runs an async action for a form or button: `busy` while it runs, its failure as a sentence
 * in `error`. On success `busy` stays true unless `settle` is set (the page usually moves on).
 */
export function useAsyncAction(settle = false) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      if (settle) setBusy(false);
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
