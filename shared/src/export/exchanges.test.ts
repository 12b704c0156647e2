import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addNote } from "../model/notes";
import { keyTerms, termSimilarity } from "../text/similarity";
import { ANSWER_THRESHOLD } from "./exchanges";
import { toSkillsMap } from "./toSkillsMap";

type Skill = { text: string; author: string; kind?: "offer" | "need" | undefined };

function boardOf(skills: readonly Skill[]): Y.Doc {
  const doc = new Y.Doc();
  skills.forEach(({ text, author, kind }, i) => {
    addNote(doc, { text, color: "yellow", authorId: author, authorName: author, kind }, { now: i });
  });
  return doc;
}

/** The answers as the rule says them, every need against every skill: no index, no pruning. */
function answersByHand(skills: readonly Skill[]) {
  const candidates = skills.filter((s) => s.kind !== "need");
  return skills
    .filter((s) => s.kind === "need")
    .map((need) =>
      candidates
        .map((skill, index) => ({
          skill,
          index,
          score: termSimilarity(keyTerms(need.text), keyTerms(skill.text)),
        }))
        .filter(({ skill, score }) => score >= ANSWER_THRESHOLD && skill.author !== need.author)
        .sort(
          (a, b) =>
            b.score - a.score ||
            Number(b.skill.kind === "offer") - Number(a.skill.kind === "offer") ||
            a.index - b.index,
        )
        .slice(0, 5)
        .map(({ skill, score }) => [skill.text, Math.round(score * 100) / 100]),
    );
}

const answersOf = (doc: Y.Doc) =>
  toSkillsMap(doc).exchanges.needs.map((need) => need.answers.map((a) => [a.text, a.score]));

describe("matching needs to skills", () => {
  it("finds a skill that shares the need's rarest word and its commonest one", () => {
    // Eight terms: a skill must share two of them. « vélo » is on every skill; the answer is
    // reached through « podcast » and still counts « vélo ».
    const skills: Skill[] = [
      ...["rouge", "bleu", "vert", "jaune"].map((c) => ({ text: `vélo ${c}`, author: c })),
      { text: "podcast vélo", author: "b" },
      {
        text: "budget contrat podcast festival colloque réseau atelier vélo",
        author: "a",
        kind: "need",
      },
    ];
    expect(answersOf(boardOf(skills))).toEqual([[["podcast vélo", 0.5]]]);
  });

  it("gives what comparing every need with every skill gives, on a board of shared words", () => {
    // A small vocabulary, so most skills share words with most needs and every tie-break counts.
    const words = "budget contrat podcast festival colloque réseau atelier vélo jardin cuisine";
    const vocabulary = words.split(" ");
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const skills: Skill[] = Array.from({ length: 400 }, () => {
      const length = 1 + next(8);
      const text = Array.from({ length }, () => vocabulary[next(vocabulary.length)]).join(" ");
      const roll = next(10);
      return {
        text,
        author: `p${next(30)}`,
        kind: roll === 0 ? "need" : roll === 1 ? "offer" : undefined,
      };
    });
    const expected = answersByHand(skills);
    expect(expected.length).toBeGreaterThan(20);
    expect(expected.filter((answers) => answers.length === 5).length).toBeGreaterThan(10);
    expect(answersOf(boardOf(skills))).toEqual(expected);
  });
});
