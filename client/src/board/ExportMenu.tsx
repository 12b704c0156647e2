import type { ExportFormat } from "../api";
import { FormError } from "../components/FormError";
import { useAsyncAction } from "../components/useAsyncAction";
import { useT } from "../i18n/i18n";
import { useApi } from "../services/ApiContext";
import { saveFile, svgToPng } from "./download";

const FILE_FORMATS: readonly ExportFormat[] = ["json", "csv", "md", "svg"];

/** Download buttons for the skills map, a PNG picture of the board, and printing. */
export function ExportMenu({
  workshopId,
  facilitatorKey,
}: {
  workshopId: string;
  facilitatorKey: string;
}) {
  const t = useT();
  const api = useApi();
  const { busy, error, run } = useAsyncAction(true);
  const download = (format: ExportFormat) =>
    run(async () => {
      const file = await api.exportWorkshop(workshopId, facilitatorKey, format);
      saveFile(file.blob, file.filename);
    });
  const downloadPng = () =>
    run(async () => {
      const file = await api.exportWorkshop(workshopId, facilitatorKey, "svg");
      saveFile(await svgToPng(file.blob), file.filename.replace(/\.svg$/, ".png"));
    });

  return (
    <section className="export-menu" aria-labelledby="export-menu-title">
      <h2 id="export-menu-title" className="export-menu__title">
        {t("export.heading")}
      </h2>
      <div className="export-menu__buttons">
        {FILE_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() => download(format)}
          >
            {t(`export.${format}`)}
          </button>
        ))}
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={downloadPng}
        >
          {t("export.png")}
        </button>
        <button type="button" className="button button--small" onClick={() => window.print()}>
          {t("export.print")}
        </button>
      </div>
      <FormError error={error} />
    </section>
  );
}
