// Which tables a full export holds, in which order, and what the import must check and reset
// afterwards — read from the catalog, so a table a new migration adds is exported without a
// change here.
import type { Queryable } from "../migrate/status";
import { MIGRATIONS_TABLE } from "../migrate/status";

/** Tables of the public schema that an export leaves out, and why. */
export const EXCLUDED_TABLES: Record<string, string> = {
  // The ledger belongs to the target database: the import checks it (the header names the
  // export's last migration) and never copies it.
  [MIGRATIONS_TABLE]: "the migration ledger",
  // Unlogged request counters of the rate limiter that expire within a minute: disposable by design.
  rate_limit: "rate-limit counters",
};

/**
 * Tables whose rows the migrations themselves insert (methodology version 1, RTI-1), so a
 * freshly migrated database already holds them: an import replaces them with the file's rows
 * (which may differ: an unused version can still be edited).
 */
export const MIGRATION_SEEDED_TABLES = new Set(["methodology_version"]);

export interface KeyColumn {
  name: string;
  /** format_type of the column, to cast a keyset cursor's text back. */
  type: string;
  collatable: boolean;
}

export interface ProductTable {
  name: string;
  /** Primary-key columns in key order: rows are exported ordered by them. */
  key: KeyColumn[];
  /** Every column in table order; `json` for json and jsonb ones (see jsonWrapped). */
  columns: { name: string; json: boolean }[];
}

/** Quotes an identifier for SQL. */
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

// row_to_json writes a json(b) column holding JSON null as null, just as it writes SQL NULL, and
// json_populate_recordset reads both back as SQL NULL. So a json(b) value is written inside a
// one-element array: [null] is JSON null, null is SQL NULL.

/** The row as the export writes it (alias `t` is the table). */
export function exportedRow(table: ProductTable): string {
  if (!table.columns.some((c) => c.json)) return "row_to_json(t)";
  const cols = table.columns.map((c) => (c.json ? `CASE WHEN t.${ident(c.name)} IS NULL THEN NULL ELSE json_build_array(t.${ident(c.name)}) END` : `t.${ident(c.name)}`));
  return `(SELECT row_to_json(x) FROM (SELECT ${cols.map((c, i) => `${c} AS ${ident(table.columns[i]!.name)}`).join(", ")}) x)`;
}

/** The columns of a row read back from json_populate_recordset (alias `x`), unwrapped again. */
export const importedColumns = (table: ProductTable) => table.columns.map((c) => (c.json ? `x.${ident(c.name)} -> 0` : `x.${ident(c.name)}`)).join(", ");

/**
 * The exported tables, parents before children (by foreign key; a cycle, such as event ↔
 * event_revision, is broken alphabetically), ties in name order. Every one needs a primary key.
 */
export async function productTables(db: Queryable): Promise<ProductTable[]> {
  const { rows } = (await db.query(
    `SELECT c.relname AS name,
            coalesce(json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod), 'collatable', a.attcollation <> 0)
                     ORDER BY k.ord) FILTER (WHERE a.attname IS NOT NULL), '[]') AS key,
            (SELECT json_agg(json_build_object('name', c2.attname, 'json', c2.atttypid IN ('json'::regtype, 'jsonb'::regtype)) ORDER BY c2.attnum)
               FROM pg_attribute c2 WHERE c2.attrelid = c.oid AND c2.attnum > 0 AND NOT c2.attisdropped) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
       LEFT JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
       LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
      GROUP BY c.oid, c.relname`,
  )) as { rows: ProductTable[] };
  const tables = rows.filter((t) => !(t.name in EXCLUDED_TABLES));
  const keyless = tables.filter((t) => t.key.length === 0).map((t) => t.name);
  if (keyless.length) throw new Error(`Tables without a primary key cannot be exported in a stable order: ${keyless.join(", ")}.`);
  const parents = await parentTables(db);
  return dependencyOrder(tables, parents);
}

async function parentTables(db: Queryable): Promise<Map<string, Set<string>>> {
  const { rows } = (await db.query(
    `SELECT cc.relname AS child, pc.relname AS parent
       FROM pg_constraint con
       JOIN pg_class cc ON cc.oid = con.conrelid
       JOIN pg_class pc ON pc.oid = con.confrelid
      WHERE con.contype = 'f' AND con.connamespace = 'public'::regnamespace AND con.conrelid <> con.confrelid`,
  )) as { rows: { child: string; parent: string }[] };
  const parents = new Map<string, Set<string>>();
  for (const { child, parent } of rows) parents.set(child, (parents.get(child) ?? new Set()).add(parent));
  return parents;
}

function dependencyOrder(tables: ProductTable[], parents: Map<string, Set<string>>): ProductTable[] {
  const left = [...tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const ordered: ProductTable[] = [];
  while (left.length) {
    const waiting = (t: ProductTable) => [...(parents.get(t.name) ?? [])].some((p) => left.some((l) => l.name === p));
    const ready = left.findIndex((t) => !waiting(t));
    ordered.push(...left.splice(ready === -1 ? 0 : ready, 1));
  }
  return ordered;
}

export interface ForeignKey {
  name: string;
  child: string;
  parent: string;
  childColumns: string[];
  parentColumns: string[];
}

/** Every foreign key between public tables, to check after a load that skipped their triggers. */
export async function foreignKeys(db: Queryable): Promise<ForeignKey[]> {
  const { rows } = await db.query(
    `SELECT con.conname AS name, cc.relname AS child, pc.relname AS parent,
            array_agg(ca.attname::text ORDER BY k.ord) AS "childColumns",
            array_agg(pa.attname::text ORDER BY k.ord) AS "parentColumns"
       FROM pg_constraint con
       JOIN pg_class cc ON cc.oid = con.conrelid
       JOIN pg_class pc ON pc.oid = con.confrelid
       CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(childnum, parentnum, ord)
       JOIN pg_attribute ca ON ca.attrelid = con.conrelid AND ca.attnum = k.childnum
       JOIN pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = k.parentnum
      WHERE con.contype = 'f' AND con.connamespace = 'public'::regnamespace
      GROUP BY con.conname, cc.relname, pc.relname
      ORDER BY cc.relname, con.conname`,
  );
  return rows as ForeignKey[];
}

/** Sequences owned by a column (serial and identity), with their table and column. */
export async function ownedSequences(db: Queryable): Promise<{ sequence: string; table: string; column: string }[]> {
  const { rows } = await db.query(
    `SELECT s.oid::regclass::text AS sequence, t.relname AS "table", a.attname AS "column"
       FROM pg_class s
       JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
       JOIN pg_class t ON t.oid = d.refobjid
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
      WHERE s.relkind = 'S' AND s.relnamespace = 'public'::regnamespace
      ORDER BY 1`,
  );
  return rows as { sequence: string; table: string; column: string }[];
}
