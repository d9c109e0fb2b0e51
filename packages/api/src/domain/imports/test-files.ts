// Files for the import tests: the real GDELT extracts (copies of shared/data, used as they are), a GDELT
// 2.0 export made from their rows, and a helper that takes a file through a whole import.
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import type { Db, ImportFormat } from "@rti/db";
import { parse } from "csv-parse/sync";
import type { Author } from "../events/workflow";
import { GDELT1_COLUMNS } from "./gdelt";
import { confirmImport, createImport, getImport } from "./jobs";
import { importEnded, type RunOptions } from "./runner";
import { storeUpload } from "./storage";

/** The real GDELT 1.0 extracts (copies of shared/data/gdelt, kept in packages/db/data/gdelt). */
export const GDELT_FILES = {
  mar2012: fileURLToPath(new URL("../../../../db/data/gdelt/gdelt1-georgia-mar2012.csv", import.meta.url)),
  nov2012: fileURLToPath(new URL("../../../../db/data/gdelt/gdelt1-georgia-nov2012.csv", import.meta.url)),
};

/** Stores text, bytes or a file on disk as an upload would be stored. */
export function stage(content: string | Uint8Array | { path: string }) {
  const body = typeof content === "object" && "path" in content ? createReadStream(content.path) : Readable.from([Buffer.from(content)]);
  return storeUpload(body, Number.POSITIVE_INFINITY);
}

/** Uploads and previews a file as `actor`. */
export async function upload(db: Db, actor: Author, format: ImportFormat, content: Parameters<typeof stage>[0], fileName = "test-file") {
  const stored = await stage(content);
  return createImport(db, actor, { ...stored, format, fileName });
}

/** Uploads, confirms and waits for the whole import; returns the job as it ended. */
export async function importWhole(db: Db, actor: Author, format: ImportFormat, content: Parameters<typeof stage>[0], options?: RunOptions) {
  const job = await upload(db, actor, format, content);
  await confirmImport(db, actor, job.id, options);
  await importEnded(job.id);
  return getImport(db, job.id);
}

/**
 * A template CSV of `rows` visits between a dyad's actors, with external ids of their own, then
 * `extra` lines as they are (to add bad rows).
 */
export function templateFile(dyad: { actorA: string; actorB: string }, rows: number, extra: string[] = []): string {
  const tag = randomBytes(4).toString("hex");
  const lines = Array.from({ length: rows }, (_, i) =>
    [`test-${tag}-${i}`, dyad.actorA, dyad.actorB, `2024-01-${String(1 + (i % 28)).padStart(2, "0")}`, "042", `Test visit ${i}`, `https://example.org/${tag}/${i}`].join(","),
  );
  return ["external_id,source,target,date,code,title,source_url", ...lines, ...extra].join("\n") + "\n";
}

/**
 * A GDELT 2.0 export of the first `rows` rows of a GDELT 1.0 extract, converted as GDELT 2.0
 * lays them out: tab-separated, no header, empty for missing, an (empty) ADM2 code after each
 * ADM1 code, DATEADDED with a time (YYYYMMDDHHMMSS).
 */
export async function gdelt2From(gdelt1File: string, rows: number): Promise<string> {
  const records = (parse(await readFile(gdelt1File, "utf8"), { columns: true, to: rows + 1 }) as Record<string, string>[]).slice(0, rows);
  const missing = (v: string) => (v === "NA" ? "" : v);
  return records
    .map((r) =>
      GDELT1_COLUMNS.flatMap((name) => {
        if (name === "DATEADDED") return [`${r[name]}000000`];
        return name.endsWith("_ADM1Code") ? [missing(r[name]!), ""] : [missing(r[name]!)];
      }).join("\t"),
    )
    .join("\n")
    .concat("\n");
}
