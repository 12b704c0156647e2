/** The dark modules of a QR code, as the `qrcode` package's BitMatrix exposes them. */
export interface QrModules {
  size: number;
  get(row: number, col: number): number;
}

/**
 * One SVG path drawing every dark module as a 1×1 square (runs on a row merged), so the
 * code is a single element however large it is.
 */
export function qrPath(modules: QrModules): string {
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      parts.push(`M${start} ${row}h${col - start}v1h${start - col}z`);
    }
  }
  return parts.join("");
}
