import type { FamilyRecord } from "@troc/shared";
import { deleteFamily, FAMILY_COLORS, recolorFamily, reorderFamily } from "@troc/shared";
import { useRef } from "react";
import { useT } from "../../i18n/i18n";
import { useBoard } from "../../store/BoardStoreContext";
import { useDoc } from "../DocContext";
import { SpotlightButton } from "../Spotlight";

/**
 * A family's "⋯" menu: colour, order among families, show it to the phones, delete (its notes
 * go back to the pool).
 */
export function FamilyMenu({ family }: { family: FamilyRecord }) {
  const t = useT();
  const doc = useDoc();
  const menu = useRef<HTMLDetailsElement>(null);
  const families = useBoard((state) => state.families);
  const index = families.findIndex((f) => f.id === family.id);
  const close = () => menu.current?.removeAttribute("open");
  const run = (action: () => void) => () => {
    action();
    close();
  };
  return (
    <details className="cluster__menu" ref={menu}>
      <summary aria-label={t("canvas.familyMenu", { name: family.name })}>
        <span aria-hidden="true">⋯</span>
      </summary>
      <div className="cluster__menu-body">
        <fieldset className="cluster__colors">
          <legend>{t("canvas.color")}</legend>
          {FAMILY_COLORS.map((color) => (
            <label key={color} className={`cluster__color family--${color}`}>
              <input
                type="radio"
                name={`color-${family.id}`}
                value={color}
                checked={family.color === color}
                onChange={run(() => recolorFamily(doc, family.id, color))}
              />
              <span className="visually-hidden">{color}</span>
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className="button button--small"
          disabled={index <= 0}
          onClick={run(() => reorderFamily(doc, family.id, families[index - 1]?.id ?? null))}
        >
          {t("canvas.earlier")}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={index === families.length - 1}
          onClick={run(() => reorderFamily(doc, family.id, families[index + 2]?.id ?? null))}
        >
          {t("canvas.later")}
        </button>
        <SpotlightButton id={family.id} onDone={close} />
        <button
          type="button"
          className="button button--small button--danger"
          onClick={run(() => deleteFamily(doc, family.id))}
        >
          {t("canvas.deleteFamily")}
        </button>
      </div>
    </details>
  );
}
