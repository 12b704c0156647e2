import { useT } from "../i18n/i18n";
import { useBoard } from "../store/BoardStoreContext";

/** Says plainly why the server refused us for good; renders nothing otherwise. */
export function ConnectionErrorNotice() {
  const t = useT();
  const error = useBoard((state) => state.connection.error);
  if (error === null) return null;
  const messages = {
    "bad-token": t("connection.badToken"),
    "unknown-workshop": t("connection.unknownWorkshop"),
    refused: t("connection.refused"),
    deleted: t("connection.deleted"),
  } as const;
  const message = messages[error];
  return (
    <p className="notice notice--error" role="alert">
      {message}
    </p>
  );
}
