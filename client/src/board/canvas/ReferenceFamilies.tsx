import { addReferenceFamilies } from "@troc/shared";
import { useT } from "../../i18n/i18n";
import { useDoc } from "../DocContext";

/** An empty board's offer: the reference workshop's ten families in one click, or start empty. */
export function ReferenceFamilies() {
  const t = useT();
  const doc = useDoc();
  return (
    <div className="canvas-empty">
      <p>{t("canvas.emptyBoard")}</p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => addReferenceFamilies(doc)}
      >
        {t("canvas.addReference")}
      </button>
      <p className="field__hint">{t("canvas.startEmpty")}</p>
    </div>
  );
}
