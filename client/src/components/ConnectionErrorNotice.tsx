import { useBoard } from "../store/BoardStoreContext";
import { strings } from "../strings";

/** Says plainly why the server refused us for good; renders nothing otherwise. */
export function ConnectionErrorNotice() {
  const error = useBoard((state) => state.connection.error);
  if (error === null) return null;
  const messages = {
    "bad-token": strings.connection.badToken,
    "unknown-workshop": strings.connection.unknownWorkshop,
    refused: strings.connection.refused,
  } as const;
  const message = messages[error];
  return (
    <p className="notice notice--error" role="alert">
      {message}
    </p>
  );
}
