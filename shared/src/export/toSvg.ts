import type { FamilyColor, NoteColor } from "../schema/palette";
import { EXPORT_LABELS as L } from "./labels";
import type { SkillsMap, SkillsMapSkill } from "./skillsMapSchema";

/** Post-it and family colours of the picture (the board's own, flattened for print). */
const NOTE_FILL: Record<NoteColor, string> = {
  yellow: "#fff1a8",
  pink: "#ffc9de",
  blue: "#c4e3ff",
  green: "#caf0c4",
  orange: "#ffd4a8",
  purple: "#e3d4ff",
};
const FAMILY_STROKE: Record<FamilyColor, string> = {
  teal: "#0f766e",
  indigo: "#4338ca",
  rose: "#be123c",
  amber: "#b45309",
  lime: "#4d7c0f",
  sky: "#0369a1",
  violet: "#6d28d9",
  slate: "#475569",
};

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const COLUMN = 300;
const GAP = 24;
const NOTE_WIDTH = COLUMN - 32;
const LINE = 18;
const CHARS_PER_LINE = 30;
const TITLE_CHARS_PER_LINE = 24;
const TITLE_LINE = 22;

/** Breaks text into lines of about `width` characters (no font metrics here). */
function wrap(text: string, width = CHARS_PER_LINE): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}

interface Column {
  title: string;
  stroke: string;
  skills: readonly SkillsMapSkill[];
}

function columnSvg(column: Column, x: number, y: number): { svg: string; height: number } {
  const parts: string[] = [];
  const title = wrap(column.title, TITLE_CHARS_PER_LINE);
  let cursor = y + 24 + title.length * TITLE_LINE;
  for (const skill of column.skills) {
    const lines = wrap(skill.text);
    const height = 24 + lines.length * LINE + LINE;
    parts.push(
      `<rect x="${x + 16}" y="${cursor}" width="${NOTE_WIDTH}" height="${height}" rx="4" fill="${NOTE_FILL[skill.color]}"/>`,
      ...lines.map(
        (text, i) =>
          `<text x="${x + 28}" y="${cursor + 24 + i * LINE}" font-size="15" fill="#1c1917">${escapeXml(text)}</text>`,
      ),
      `<text x="${x + 28}" y="${cursor + 20 + lines.length * LINE + 8}" font-size="12" fill="#57534e">${escapeXml(`${L.by} ${skill.author.name}`)}</text>`,
    );
    cursor += height + 10;
  }
  const height = Math.max(cursor - y + 6, 80);
  const frame = [
    `<rect x="${x}" y="${y}" width="${COLUMN}" height="${height}" rx="10" fill="#ffffff" stroke="${column.stroke}" stroke-width="2"/>`,
    ...title.map(
      (text, i) =>
        `<text x="${x + 16}" y="${y + 30 + i * TITLE_LINE}" font-size="18" font-weight="bold" fill="${column.stroke}">${escapeXml(text)}</text>`,
    ),
  ];
  return { svg: [...frame, ...parts].join(""), height };
}

/** A picture of the sorted board as SVG: one column per family, the unsorted pool last. */
export function toSvg(map: SkillsMap, columnsPerRow = 4): string {
  const columns: Column[] = map.families.map((f) => ({
    title: f.name,
    stroke: FAMILY_STROKE[f.color],
    skills: f.skills,
  }));
  if (map.unsorted.length > 0)
    columns.push({ title: L.unsorted, stroke: "#78716c", skills: map.unsorted });
  const perRow = Math.max(1, Math.min(columnsPerRow, columns.length));
  const width = GAP + perRow * (COLUMN + GAP);
  const body: string[] = [];
  let y = 96;
  for (let start = 0; start < columns.length; start += perRow) {
    let rowHeight = 0;
    columns.slice(start, start + perRow).forEach((column, i) => {
      const drawn = columnSvg(column, GAP + i * (COLUMN + GAP), y);
      body.push(drawn.svg);
      rowHeight = Math.max(rowHeight, drawn.height);
    });
    y += rowHeight + GAP;
  }
  const title = escapeXml(map.workshop.title);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" font-family="system-ui, sans-serif">`,
    `<title>${title}</title>`,
    `<rect width="${width}" height="${y}" fill="#fbf7f0"/>`,
    `<text x="${GAP}" y="44" font-size="28" font-weight="bold" fill="#1c1917">${title}</text>`,
    `<text x="${GAP}" y="74" font-size="16" fill="#57534e">${escapeXml(map.workshop.prompt)}</text>`,
    ...body,
    "</svg>",
    "",
  ].join("\n");
}
