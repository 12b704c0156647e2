import { EXPORT_LABELS as L } from "./labels";
import type { SkillsMap, SkillsMapSkill } from "./skillsMapSchema";

/**
 * A spreadsheet program runs a cell that starts with one of these as a formula; a leading
 * apostrophe makes it text (OWASP's advice against CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field, RFC 4180: quoted when it holds a quote, comma or line break. */
function field(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(family: string, skill: SkillsMapSkill): string {
  return [
    family,
    skill.text,
    skill.author.name,
    skill.color,
    skill.category ? L.category[skill.category] : "",
    skill.kind ? L.kind[skill.kind] : "",
    skill.parts.map((part) => `${L.part[part.type]} : ${part.text}`).join(" ; "),
    skill.interested.map((person) => person.name).join(", "),
  ]
    .map(field)
    .join(",");
}

/**
 * The skills map as CSV: one row per skill with its family, UTF-8 with a byte-order mark so
 * spreadsheet programs read accents, CRLF line ends (RFC 4180).
 */
export function toCsv(map: SkillsMap): string {
  const lines = [
    L.csvHeader.map(field).join(","),
    ...map.families.flatMap((family) => family.skills.map((skill) => row(family.name, skill))),
    ...map.unsorted.map((skill) => row(L.unsorted, skill)),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
