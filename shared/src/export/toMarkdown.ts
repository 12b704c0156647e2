import { EXPORT_LABELS as L } from "./labels";
import type { SkillsMap, SkillsMapPerson, SkillsMapSkill } from "./skillsMapSchema";

const NEEDS_ESCAPE = /[\\`*_{}[\]<>#|~&\r\n]|^\s*[-+\d]/;

/**
 * Escapes user text for CommonMark: characters that could start markup, links, HTML or an
 * entity are backslash-escaped (they then render as themselves), and so is what would start
 * a list at the beginning of a line. Line breaks become hard breaks that stay inside the list
 * item (`indent`).
 */
export function escapeMarkdown(text: string, indent = ""): string {
  if (!NEEDS_ESCAPE.test(text)) return text; // most skills and names: no copy, no split
  return text
    .replace(/[\\`*_{}[\]<>#|~&]/g, "\\$&")
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^(\s*)([-+])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2"))
    .join(`\\\n${indent}`);
}

const names = (people: readonly SkillsMapPerson[]): string =>
  people.map((p) => escapeMarkdown(p.name)).join(", ");

function skillLines(skill: SkillsMapSkill): string[] {
  const kind = skill.kind ? ` *(${L.kind[skill.kind]})*` : "";
  const lines = [
    `- ${escapeMarkdown(skill.text, "  ")} — ${escapeMarkdown(skill.author.name)}${kind}`,
  ];
  for (const part of skill.parts) {
    lines.push(`  - ${L.part[part.type]} : ${escapeMarkdown(part.text, "    ")}`);
  }
  return lines;
}

/** The skills map as Markdown: families as headings, skills as bullets, people, exchanges. */
export function toMarkdown(map: SkillsMap): string {
  const out: string[] = [`# ${escapeMarkdown(map.workshop.title)}`, ""];
  if (map.workshop.prompt) out.push(`> ${escapeMarkdown(map.workshop.prompt, "> ")}`, "");
  if (map.workshop.date) out.push(map.workshop.date, "");
  const section = (title: string, skills: readonly SkillsMapSkill[]) => {
    out.push(`## ${escapeMarkdown(title)}`, "", ...skills.flatMap(skillLines), "");
  };
  for (const family of map.families) section(family.name, family.skills);
  if (map.unsorted.length > 0) section(L.unsorted, map.unsorted);

  out.push(`## ${L.people}`, "");
  for (const person of map.people) {
    const written = person.skills.length;
    const families =
      person.families.length > 0
        ? ` — ${L.families} : ${person.families.map((f) => escapeMarkdown(f)).join(", ")}`
        : "";
    const contact = person.contact ? ` — ${L.contact} : ${escapeMarkdown(person.contact)}` : "";
    out.push(`- **${escapeMarkdown(person.name)}** (${written})${families}${contact}`);
  }
  out.push("", `## ${L.exchanges}`, "", `### ${L.offers}`, "");
  for (const offer of map.exchanges.offers) {
    const interested =
      offer.interested.length > 0 ? ` ; ${L.interested} : ${names(offer.interested)}` : "";
    out.push(
      `- ${escapeMarkdown(offer.text, "  ")} — ${L.offeredBy} ${escapeMarkdown(offer.by.name)}${interested}`,
    );
  }
  out.push("", `### ${L.needs}`, "");
  for (const need of map.exchanges.needs) {
    out.push(
      `- ${escapeMarkdown(need.text, "  ")} — ${L.neededBy} ${escapeMarkdown(need.by.name)}`,
    );
    if (need.answers.length === 0) out.push(`  - ${L.noAnswer}`);
    for (const answer of need.answers) {
      out.push(
        `  - ${L.answers} : ${escapeMarkdown(answer.text, "    ")} (${escapeMarkdown(answer.by.name)})`,
      );
    }
  }
  return `${out.join("\n")}\n`;
}
