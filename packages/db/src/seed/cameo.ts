// The CAMEO codes shipped in packages/db/data/cameo.tsv (see its header for provenance).
import { readFileSync } from "node:fs";

export interface CameoRow {
  code: string;
  goldstein: number;
  name: string;
}

export function cameoCodes(): CameoRow[] {
  const text = readFileSync(new URL("../../data/cameo.tsv", import.meta.url), "utf8");
  return text
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .slice(1) // header
    .map((line) => {
      const [code, goldstein, name] = line.split("\t");
      return { code: code!, goldstein: Number(goldstein), name: name! };
    });
}
