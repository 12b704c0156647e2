import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addNote, editNote } from "../model/notes";
import { CONTACTS, NAMES, strasbourgDoc } from "../test/strasbourgDoc";
import { seedFromSkillsMap } from "./fromSkillsMap";
import type { SkillsMap } from "./skillsMapSchema";
import { SKILLS_MAP_VERSION, skillsMapSchema } from "./skillsMapSchema";
import { toCsv } from "./toCsv";
import { escapeMarkdown, toMarkdown } from "./toMarkdown";
import { toSkillsMap } from "./toSkillsMap";
import { toSvg } from "./toSvg";

const SCHEMA_FILE = "../../../docs/skills-map.schema.json";
const jsonSchema = `${JSON.stringify(z_toJsonSchema(), null, 2)}\n`;

function z_toJsonSchema(): unknown {
  return {
    ...skillsMapSchema.toJSONSchema(),
    $id: "https://troc.invalid/schemas/skills-map-1.json",
    title: SKILLS_MAP_VERSION,
  };
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(jsonSchema) as object);

/** Every export is checked against the published JSON Schema, not only the zod one. */
function exportOf(doc: Y.Doc, options: Parameters<typeof toSkillsMap>[1] = {}): SkillsMap {
  const map = toSkillsMap(doc, options);
  const valid = validate(JSON.parse(JSON.stringify(map)));
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
  return map;
}

describe("skills map of the Strasbourg workshop (golden files)", () => {
  const map = () => exportOf(strasbourgDoc(), { names: NAMES, contacts: CONTACTS });

  it("publishes its JSON Schema in docs/", async () => {
    await expect(jsonSchema).toMatchFileSnapshot(SCHEMA_FILE);
  });

  it("JSON", async () => {
    await expect(`${JSON.stringify(map(), null, 2)}\n`).toMatchFileSnapshot(
      "./__golden__/strasbourg.json",
    );
  });

  it("CSV", async () => {
    await expect(toCsv(map())).toMatchFileSnapshot("./__golden__/strasbourg.csv");
  });

  it("Markdown", async () => {
    await expect(toMarkdown(map())).toMatchFileSnapshot("./__golden__/strasbourg.md");
  });

  it("SVG", async () => {
    await expect(toSvg(map())).toMatchFileSnapshot("./__golden__/strasbourg.svg");
  });

  it("holds the families, the unsorted skills, the people and the exchanges", () => {
    const m = map();
    expect(m.families.map((f) => [f.name, f.skills.length])).toEqual([
      ["Organisation d'événements", 5],
      ["Financements", 4],
      ["Négociation", 3],
      ["Coordination", 4],
      ["Business", 3],
      ["Stratégie de communication / marketing", 2],
      ["Plan d'action communication / marketing", 3],
      ["Outils de communication", 5],
      ["Gestion et organisation", 4],
    ]);
    expect(m.families[1]?.skills.at(-1)).toMatchObject({
      text: "rédaction d'un plan de financement",
      parts: [
        { type: "savoir", text: "maîtriser la notion de rentabilité" },
        { type: "savoir-faire", text: "savoir calculer des amortissements" },
        { type: "savoir-faire", text: "prévoir une stratégie à trois ans" },
      ],
    });
    expect(m.unsorted.map((s) => s.text)).toContain("faire une mousse au chocolat");
    expect(m.people.find((p) => p.name === "Zoé")).toEqual({
      id: "p-zoe",
      name: "Zoé",
      skills: [],
      families: [],
    });
    expect(m.people.filter((p) => p.contact).map((p) => [p.name, p.contact])).toEqual([
      ["Léa", "lea@example.org"],
    ]);
    const mailchimp = m.exchanges.offers.find((o) => o.text === "utilisation de MailChimp");
    expect(mailchimp?.interested.map((p) => p.name)).toEqual(["Karim", "Zoé"]);
    const budget = m.exchanges.needs.find((n) => n.text.includes("budget"));
    expect(budget?.answers.map((a) => a.text)).toEqual(["monter un budget prévisionnel"]);
    const negotiate = m.exchanges.needs.find((n) => n.text === "apprendre à négocier");
    expect(negotiate?.answers.map((a) => a.text)).toEqual(["négocier un contrat"]);
  });

  it("leaves contact details out unless given", () => {
    expect(exportOf(strasbourgDoc(), { names: NAMES }).people.some((p) => "contact" in p)).toBe(
      false,
    );
  });
});

describe("needs and their answers", () => {
  const answersTo = (need: string, skills: string[]) => {
    const doc = new Y.Doc();
    skills.forEach((text, i) => {
      addNote(doc, { text, color: "yellow", authorId: `p${i}`, authorName: `P${i}` }, { now: i });
    });
    addNote(doc, { text: need, color: "blue", authorId: "asker", authorName: "A", kind: "need" });
    return exportOf(doc).exchanges.needs[0]?.answers.map((a) => [a.text, a.score]);
  };

  it("answers with skills that share at least half the meaning, the boundary included", () => {
    // Four terms in the need: one shared with a one-term skill scores 1 / √4, exactly 0.5;
    // with a two-term skill 1 / √8, under it.
    expect(answersTo("budget contrat podcast festival", ["podcast", "podcast colloque"])).toEqual([
      ["podcast", 0.5],
    ]);
  });

  it("ranks the best first and keeps five", () => {
    const skills = ["budget", "budget contrat", "budget contrat podcast", "festival", "contrat"];
    expect(answersTo("budget contrat podcast", [...skills, "podcast", "podcast festival"])).toEqual(
      [
        ["budget contrat podcast", 1],
        ["budget contrat", 0.82],
        ["budget", 0.58],
        ["contrat", 0.58],
        ["podcast", 0.58],
      ],
    );
  });
});

describe("a date beyond what a date can print", () => {
  it("is exported dated at the epoch, and the rest of the map as usual", () => {
    // Written without the server's checks (an older document, a facilitator's own script).
    const doc = new Y.Doc();
    const id = addNote(doc, { text: "datée", color: "yellow", authorId: "p1", authorName: "A" });
    addNote(doc, { text: "du jour", color: "blue", authorId: "p2", authorName: "B" }, { now: 5 });
    doc.getMap<Y.Map<unknown>>("notes").get(id)?.set("createdAt", 1e300);
    const map = exportOf(doc);
    expect(map.unsorted.map((s) => [s.text, s.createdAt])).toEqual([
      ["datée", "1970-01-01T00:00:00.000Z"],
      ["du jour", "1970-01-01T00:00:00.005Z"],
    ]);
    expect(toCsv(map)).toContain("datée");
  });

  it("leaves the workshop undated when its own date cannot be printed", () => {
    const doc = strasbourgDoc();
    expect(exportOf(doc).workshop.date).not.toBeNull();
    doc.getMap("meta").set("createdAt", 1e300);
    const map = exportOf(doc);
    expect(map.workshop.date).toBeNull();
    expect(map.families.length).toBeGreaterThan(0);
  });
});

describe("round trip", () => {
  /** What a new workshop keeps: families, skills and their content, authors' names. */
  const carried = (map: SkillsMap) => ({
    workshop: { title: map.workshop.title, prompt: map.workshop.prompt },
    families: map.families.map((f) => ({
      name: f.name,
      color: f.color,
      skills: f.skills.map(content),
    })),
    unsorted: map.unsorted.map(content),
  });
  const content = (s: SkillsMap["unsorted"][number]) => ({
    text: s.text,
    author: s.author.name,
    color: s.color,
    category: s.category,
    kind: s.kind,
    parts: s.parts,
  });

  it("export → import → export keeps every family and skill", () => {
    const first = exportOf(strasbourgDoc(), { names: NAMES });
    const seeded = new Y.Doc();
    seedFromSkillsMap(seeded, skillsMapSchema.parse(JSON.parse(JSON.stringify(first))));
    const second = exportOf(seeded);
    expect(carried(second)).toEqual(carried(first));
    expect(second.workshop.phase).toBe("writing");
  });
});

describe("hostile text", () => {
  const nasty =
    '=HYPERLINK("http://evil") <script>alert(\'x\')</script>, "quoted"; a,b\nsecond line 🍫 & done\n- pas une liste';

  function docWith(text: string): Y.Doc {
    const doc = strasbourgDoc();
    const id = addNote(doc, {
      text: "placeholder",
      color: "pink",
      authorId: "p-new",
      authorName: "Léa <b>",
    });
    editNote(doc, id, { text });
    return doc;
  }

  /** A minimal RFC 4180 reader, to read back what a spreadsheet would. */
  function parseCsv(csv: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < csv.length; i++) {
      const c = csv[i];
      if (quoted) {
        if (c === '"' && csv[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ",") {
        row.push(cell);
        cell = "";
      } else if (c === "\r" && csv[i + 1] === "\n") {
        row.push(cell);
        rows.push(row);
        row = [];
        cell = "";
        i++;
      } else cell += c;
    }
    return rows;
  }

  it("survives JSON intact", () => {
    const map = exportOf(docWith(nasty));
    const back = skillsMapSchema.parse(JSON.parse(JSON.stringify(map)));
    expect(back.unsorted.map((s) => s.text)).toContain(nasty);
  });

  it("survives CSV intact, with a BOM, and cannot run as a formula", () => {
    const csv = toCsv(exportOf(docWith(nasty)));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(csv.slice(1));
    const row = rows.find((r) => r[1]?.includes("HYPERLINK"));
    expect(row?.[1]).toBe(`'${nasty}`);
    expect(row?.[2]).toBe("Léa <b>");
    for (const cells of rows) for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([8]));
  });

  it("survives Markdown intact (as CommonMark renders it) with no raw HTML", () => {
    const md = toMarkdown(exportOf(docWith(nasty)));
    expect(md).not.toContain("<script>");
    expect(md).toContain(escapeMarkdown(nasty, "  "));
    const unescaped = escapeMarkdown(nasty, "  ")
      .replace(/\\\n {2}/g, "\n")
      .replace(/\\([\\`*_{}[\]<>#|~&+\-.)])/g, "$1");
    expect(unescaped).toBe(nasty);
  });

  it.each([
    ["plain", "organiser un colloque", "organiser un colloque"],
    ["a list marker at the start", "  - budget", "  \\- budget"],
    ["a number that would start a list", "3. cuisiner", "3\\. cuisiner"],
    ["a marker after a line break", "monter\n+ un budget", "monter\\\n  \\+ un budget"],
    ["an entity", "R&D", "R\\&D"],
  ])("escapes Markdown only where it must: %s", (_, text, escaped) => {
    expect(escapeMarkdown(text, "  ")).toBe(escaped);
  });

  it("survives the SVG picture as escaped text", () => {
    const svg = toSvg(exportOf(docWith(nasty)));
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62;,");
  });
});
