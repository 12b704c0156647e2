import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readMeta } from "../model/meta";
import type { Migration } from "./migrations";
import { migrateDocument } from "./migrations";

// A made-up version 0 that called the question `question` instead of `prompt`.
const fakeV0toV1: Migration = {
  from: 0,
  up(doc) {
    const meta = doc.getMap("meta");
    const question = meta.get("question");
    if (typeof question === "string" && !meta.has("prompt")) meta.set("prompt", question);
    meta.delete("question");
  },
};

function docWithVersion(version: number): Y.Doc {
  const doc = new Y.Doc();
  const meta = doc.getMap("meta");
  meta.set("schemaVersion", version);
  meta.set("title", "Atelier");
  meta.set("question", "Quelles sont vos compétences ?");
  meta.set("phase", "writing");
  return doc;
}

describe("migrateDocument", () => {
  it("leaves an empty document alone", () => {
    expect(migrateDocument(new Y.Doc())).toEqual({ status: "empty" });
  });

  it("migrates a v0 document to v1 with the registered step", () => {
    const doc = docWithVersion(0);
    expect(migrateDocument(doc, [fakeV0toV1], 1)).toEqual({
      status: "migrated",
      from: 0,
      version: 1,
    });
    expect(readMeta(doc)).toMatchObject({
      schemaVersion: 1,
      prompt: "Quelles sont vos compétences ?",
    });
    expect(doc.getMap("meta").has("question")).toBe(false);
  });

  it("fails loudly when a step is missing", () => {
    expect(() => migrateDocument(docWithVersion(0), [], 1)).toThrow(/from schema version 0/);
  });

  it("reports a newer document without touching it", () => {
    const doc = docWithVersion(9);
    const before = Y.encodeStateAsUpdate(doc);
    expect(migrateDocument(doc, [fakeV0toV1], 1)).toEqual({ status: "newer", version: 9 });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});
