import { useBoard } from "../store/BoardStoreContext";
import { strings } from "../strings";

/** Says plainly why the server refused us for good; renders nothing otherwise. */
export function ConnectionErrorNotice() {
  const error = useBoard((state) => state.connection.error);
  if (error === null) return null;
  const message =
    error === "bad-token" ? strings.connection.badToken : strings.connection.unknownWorkshop;
  return (
    <p className="notice notice--error" role="alert">
      {message}
    </p>
  );
}
