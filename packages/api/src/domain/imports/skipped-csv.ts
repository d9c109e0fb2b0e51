// Every skipped row of an import as one CSV file (the studio's download), read a page at a time
// so a million skipped rows never sit in memory together.
import type { Db } from "@rti/db";
import { toCsv } from "../../rest/csv";
import { listSkipped, type SkippedRowDto } from "./jobs";

const FIELDS = ["line", "kind", "reason", "excerpt"] as const;

/** A row quoted from an uploaded file, made inert for spreadsheets, which run cells starting = + - @ as formulas. */
const inert = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
const PAGE = 10_000;

/** Skipped rows as CSV, header first (the studio's download and GET /imports/{id}/skipped?format=csv); the reason can quote the row too. */
export const skippedRowsCsv = (rows: SkippedRowDto[]) => toCsv(rows.map((row) => ({ ...row, reason: inert(row.reason), excerpt: inert(row.excerpt) })), FIELDS);

export async function* skippedCsv(db: Db, id: string): AsyncGenerator<string> {
  let after: number | undefined;
  let first = true;
  do {
    const page = await listSkipped(db, { id, after, limit: PAGE });
    const csv = skippedRowsCsv(page.items);
    // The header once, on the first page.
    yield first ? csv : csv.slice(csv.indexOf("\n") + 1);
    first = false;
    after = page.nextCursor ?? undefined;
  } while (after !== undefined);
}
