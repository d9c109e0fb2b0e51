// A full export: every product table (tables.ts) as JSON lines (format.ts), read in one
// snapshot. PostgreSQL writes each row (row_to_json), so every type round-trips exactly:
// timestamps to the microsecond, numerics digit for digit, float8 shortest-exact, bytea as hex.
// Tables are read a page at a time in primary-key order (keyset paging: COPY does not work
// over the embedded PGlite socket), so memory stays flat however large release_point grows.
import { once } from "node:events";
import type { Writable } from "node:stream";
import pg from "pg";
import { latestAppliedMigration } from "../migrate/status";
import { headerLine, rowPrefix, trailerLine } from "./format";
import { exportedRow, ident, productTables, type ProductTable } from "./tables";

const PAGE_ROWS = 5000;

// Settings that decide how values are written, fixed so the same data gives the same bytes
// on any server: timestamps in UTC, shortest exact floats, bytea in hex.
export const OUTPUT_SETTINGS = "SET TIME ZONE 'UTC'; SET extra_float_digits = 1; SET bytea_output = 'hex'; SET IntervalStyle = 'postgres'";

export interface ExportOptions {
  /** Called after each table with its row count (the CLI prints progress). */
  onTable?: (table: string, rows: number) => void;
}

/** Writes the whole database at `url` to `out` (left open); returns the row count per table. */
export async function exportDatabase(url: string, out: Writable, opts: ExportOptions = {}): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One snapshot for every table, so rows that reference each other are exported together.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query(OUTPUT_SETTINGS);
    const migration = await latestAppliedMigration(client);
    if (!migration) throw new Error("This database has no migrations applied: there is nothing of RTI's to export.");
    const tables = await productTables(client);
    await write(out, `${headerLine({ migration, tables: tables.map((t) => t.name), exportedAt: new Date().toISOString() })}\n`);
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const rows = await exportTable(client, table, out);
      counts[table.name] = rows;
      opts.onTable?.(table.name, rows);
    }
    await write(out, `${trailerLine(counts)}\n`);
    await client.query("COMMIT");
    return counts;
  } finally {
    await client.end();
  }
}

async function exportTable(client: pg.Client, table: ProductTable, out: Writable): Promise<number> {
  // Text keys sort bytewise (COLLATE "C"), so the order is the same on servers with other locales.
  const keys = table.key.map((k) => `t.${ident(k.name)}${k.collatable ? ' COLLATE "C"' : ""}`);
  const cursor = table.key.map((k, i) => `$${i + 1}::${k.type}`);
  const select = (after: boolean) =>
    `SELECT ${exportedRow(table)}::text AS "row", ${table.key.map((k, i) => `t.${ident(k.name)}::text AS k${i}`).join(", ")}
       FROM ${ident(table.name)} t ${after ? `WHERE (${keys.join(", ")}) > (${cursor.join(", ")})` : ""}
      ORDER BY ${keys.join(", ")} LIMIT ${PAGE_ROWS}`;
  const prefix = rowPrefix(table.name);
  let last: string[] | null = null;
  type Page = { rows: Record<string, string>[] };
  let count = 0;
  for (;;) {
    const { rows }: Page = await client.query<Record<string, string>>(select(last !== null), last ?? []);
    if (rows.length === 0) return count;
    await write(out, rows.map((r) => `${prefix}${r.row}}\n`).join(""));
    count += rows.length;
    const end: Record<string, string> = rows.at(-1)!;
    last = table.key.map((_, i) => end[`k${i}`]!);
    if (rows.length < PAGE_ROWS) return count;
  }
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, "drain");
}
