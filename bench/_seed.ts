import * as Y from "yjs";
import { seedFromSkillsMap } from "../shared/src/export/fromSkillsMap";
const skills = (n: number, f: number) => Array.from({ length: n }, (_, i) => ({ text: `compétence numéro ${i}`, color: "yellow", author: { id: null, name: "A" }, category: "pro", kind: null, parts: [{type:"savoir", text:"x"}], interested: [] }));
for (const n of [1000, 4000, 15000]) {
  const map: any = { schema: "troc.skillsmap/1", workshop: { title: "t", prompt: "p" }, families: [{ name: "F", color: "slate", skills: skills(n, 0) }], unsorted: [] };
  const t = performance.now();
  seedFromSkillsMap(new Y.Doc(), map);
  console.log(n, (performance.now() - t).toFixed(0), "ms");
}
