// Loads a full export into an empty database at the export's migration, exactly as the rows
// were: in ONE transaction (a failed import leaves the database as empty as it was), with
// session_replication_role = replica, which skips the triggers that guard the data (append-only
// audit log, frozen releases, four-eyes reviews would refuse the historical rows) and the
// foreign-key triggers too, so every reference is checked once the rows are in. Then every
// serial sequence is moved to its table's largest id. PostgreSQL parses each row's JSON
// (json_populate_recordset), the inverse of the export's row_to_json.
import type { Readable } from "node:stream";
import pg from "pg";
import { applyMigrations } from "../migrate/apply";
import { listMigrations } from "../migrate/files";
import { latestAppliedMigration } from "../migrate/status";
import { parseHeader, parseRow, PortableFormatError, type Header } from "./format";
import { foreignKeys, ident, importedColumns, MIGRATION_SEEDED_TABLES, ownedSequences, productTables, type ProductTable } from "./tables";

// Rows per INSERT, and a byte cap so a batch of large rows (changelogs, import previews) stays small.
const BATCH_ROWS = 2000;
const BATCH_BYTES = 8 * 2 ** 20;

export interface ImportOptions {
  /** Progress messages (the CLI prints them on stderr). */
  log?: (message: string) => void;
}

/** Reads an export from `input` into the empty database at `url`; returns the row count per table. */
export async function importDatabase(url: string, input: Readable, opts: ImportOptions = {}): Promise<Record<string, number>> {
  const log = opts.log ?? (() => {});
  const lines = numberedLines(input);
  const first = await lines.next();
  const header = parseHeader(first.done ? undefined : first.value.text);
  await migrateTo(url, header.migration, log);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await replicaMode(client);
    const tables = await assertEmpty(client, header);
    for (const table of MIGRATION_SEEDED_TABLES) await client.query(`DELETE FROM ${ident(table)}`);
    const counts = await loadRows(client, header, tables, lines, log);
    await assertForeignKeys(client);
    for (const s of await ownedSequences(client)) {
      await client.query(`SELECT setval($1::regclass, m) FROM (SELECT max(${ident(s.column)}) AS m FROM ${ident(s.table)}) x WHERE m IS NOT NULL`, [s.sequence]);
    }
    await client.query("COMMIT");
    return counts;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** A never-migrated database is migrated first; the file and the database must agree on the last migration. */
async function migrateTo(url: string, migration: string, log: (message: string) => void): Promise<void> {
  const current = await latestAppliedMigration(url);
  const target = current ?? (await listMigrations()).at(-1)?.name ?? null;
  if (target !== migration) {
    throw new PortableFormatError(
      current
        ? `The export was made at migration ${migration} but the database is at ${current}: import it into a database at the same migration.`
        : `The export was made at migration ${migration} but this version of RTI migrates to ${target}: import it with the version of RTI that made it.`,
    );
  }
  if (!current) {
    const { applied } = await applyMigrations(url, { log });
    log(`Applied ${applied.length} migration(s).`);
  }
}

async function replicaMode(client: pg.Client): Promise<void> {
  try {
    await client.query("SET LOCAL session_replication_role = replica");
  } catch (error) {
    throw new Error(
      `The import must load rows without firing the database's triggers (SET session_replication_role = replica), which this user may not do (${(error as Error).message}): import as a superuser or the database's owner with that right.`,
      { cause: error },
    );
  }
}

/** The database's product tables, once it is known to hold none of the export's rows. */
async function assertEmpty(client: pg.Client, header: Header): Promise<Map<string, ProductTable>> {
  const tables = await productTables(client);
  const names = new Set(tables.map((t) => t.name));
  const unknown = header.tables.filter((t) => !names.has(t));
  if (unknown.length) throw new PortableFormatError(`The export holds tables this database does not have: ${unknown.join(", ")}.`);
  const filled: string[] = [];
  for (const t of tables.filter((x) => !MIGRATION_SEEDED_TABLES.has(x.name))) {
    const { rowCount } = await client.query(`SELECT 1 FROM ${ident(t.name)} LIMIT 1`);
    if (rowCount) filled.push(t.name);
  }
  if (filled.length) {
    throw new PortableFormatError(
      `The database already holds data (in ${filled.join(", ")}): import only into an empty one, such as a new database or a new RTI_DATA_DIR.`,
    );
  }
  return new Map(tables.map((t) => [t.name, t]));
}

async function loadRows(
  client: pg.Client,
  header: Header,
  tables: Map<string, ProductTable>,
  lines: AsyncGenerator<{ text: string; number: number }>,
  log: (message: string) => void,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = Object.fromEntries(header.tables.map((t) => [t, 0]));
  const listed = new Set(header.tables);
  // Rows of one table waiting to be inserted together; `table` is "" before the first row.
  const batch = { table: "", rows: [] as string[], bytes: 0, firstLine: 0 };
  const flush = async () => {
    if (!batch.rows.length) return;
    const t = ident(batch.table);
    const columns = importedColumns(tables.get(batch.table)!);
    try {
      await client.query(`INSERT INTO ${t} SELECT ${columns} FROM json_populate_recordset(NULL::${t}, $1::json) x`, [`[${batch.rows.join(",")}]`]);
    } catch (error) {
      const lines = `lines ${batch.firstLine}–${batch.firstLine + batch.rows.length - 1}`;
      throw new PortableFormatError(`The database refused a row of ${batch.table} (${lines}): ${(error as Error).message}.`, { cause: error });
    }
    counts[batch.table]! += batch.rows.length;
    batch.rows = [];
    batch.bytes = 0;
  };
  const finishTable = async () => {
    await flush();
    if (batch.table) log(`${batch.table}: ${counts[batch.table]} rows`);
  };
  for await (const line of lines) {
    const row = parseRow(line.text, line.number);
    if ("end" in row) {
      await finishTable();
      assertComplete(counts, row.end);
      if (!(await lines.next()).done) throw new PortableFormatError(`The export goes on after its last line (${line.number}).`);
      return counts;
    }
    if (!listed.has(row.table)) throw new PortableFormatError(`Line ${line.number} is a row of ${row.table}, a table the header does not list.`);
    if (batch.table !== row.table) {
      await finishTable();
      batch.table = row.table;
    }
    if (batch.rows.length === 0) batch.firstLine = line.number;
    batch.rows.push(row.json);
    batch.bytes += row.json.length;
    if (batch.rows.length >= BATCH_ROWS || batch.bytes >= BATCH_BYTES) await flush();
  }
  throw new PortableFormatError("The export ends before its last line: the file is incomplete.");
}

function assertComplete(counts: Record<string, number>, expected: Record<string, number>): void {
  const tables = new Set([...Object.keys(counts), ...Object.keys(expected)]);
  const wrong = [...tables].filter((t) => counts[t] !== expected[t]).map((t) => `${t}: ${counts[t] ?? 0} rows, the export says ${expected[t] ?? 0}`);
  if (wrong.length) throw new PortableFormatError(`The export's rows do not add up (${wrong.join("; ")}): the file is damaged.`);
}

/** Foreign keys were not checked while loading (replica mode); every reference must resolve now. */
async function assertForeignKeys(client: pg.Client): Promise<void> {
  for (const fk of await foreignKeys(client)) {
    const set = fk.childColumns.map((c) => `c.${ident(c)} IS NOT NULL`).join(" AND ");
    const match = fk.childColumns.map((c, i) => `p.${ident(fk.parentColumns[i]!)} = c.${ident(c)}`).join(" AND ");
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${ident(fk.child)} c WHERE ${set} AND NOT EXISTS (SELECT 1 FROM ${ident(fk.parent)} p WHERE ${match})`,
    );
    if (rows[0]!.n !== "0") {
      throw new PortableFormatError(`The export is inconsistent: ${rows[0]!.n} row(s) of ${fk.child} refer to ${fk.parent} rows it does not hold (${fk.name}).`);
    }
  }
}

/** The input's lines, numbered from 1, read as the consumer asks for them (so a large file is never held whole). */
async function* numberedLines(input: Readable): AsyncGenerator<{ text: string; number: number }> {
  input.setEncoding("utf8");
  let carry = "";
  let number = 0;
  for await (const chunk of input as AsyncIterable<string>) {
    const parts = (carry + chunk).split("\n");
    carry = parts.pop()!;
    for (const text of parts) yield { text, number: ++number };
  }
  if (carry !== "") yield { text: carry, number: ++number };
}
