import { create } from "qrcode";
import { useMemo } from "react";
import { qrPath } from "./qrPath";

/** Recommended light border around a QR code, in modules. */
const QUIET_ZONE = 4;

/** A QR code of `value` as crisp, scalable SVG: it fills whatever box the layout gives it. */
export function QrCode({ value, label }: { value: string; label: string }) {
  const { size, path } = useMemo(() => {
    const { modules } = create(value, { errorCorrectionLevel: "M" });
    return { size: modules.size, path: qrPath(modules) };
  }, [value]);
  const box = size + QUIET_ZONE * 2;
  return (
    <svg
      className="qr"
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${box} ${box}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={box} height={box} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
