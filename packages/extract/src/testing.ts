// Test helpers: the CAMEO taxonomy as the database is seeded with it, and the article fixtures.
import { readdirSync, readFileSync } from "node:fs";
import { cameoReferenceFromRows } from "./cameo";
import type { ArticleInput, CameoReference } from "./types";

/** packages/db/data/cameo.tsv: "#" comment lines, a header, then code<TAB>goldstein<TAB>name. */
export function cameoFromDatabaseFile(): CameoReference {
  const text = readFileSync(new URL("../../db/data/cameo.tsv", import.meta.url), "utf8");
  const rows = text
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .slice(1)
    .map((line) => {
      const [code, goldstein, name] = line.split("\t");
      return { code: code!, goldstein: Number(goldstein), name: name! };
    });
  return cameoReferenceFromRows(rows);
}

export interface ExpectedEvent {
  date: string;
  source: string;
  target: string;
  rootCode: string;
  note: string;
}

export interface Fixture extends ArticleInput {
  file: string;
  title: string;
  expected: ExpectedEvent[];
}

export function loadFixtures(): Fixture[] {
  const directory = new URL("../fixtures/articles/", import.meta.url);
  return readdirSync(directory)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(new URL(file, directory), "utf8")) as Omit<Fixture, "file">) }));
}
