// A full export imported into an empty database gives back the same rows, value for value, and
// the same export bytes; a target that is not empty, a file from another migration, a damaged
// or cut-off file are refused with a sentence, leaving the target as it was. (The whole product
// round trip, demo data and API answers included: @rti/api's domain/portable.test.ts.)
import { Readable, Writable } from "node:stream";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../client";
import { applyMigrations, latestAppliedMigration } from "../migrate";
import { seedReference } from "../seed";
import { createFreshDatabase, createTestUser, type FreshDatabase } from "../testing";
import { exportDatabase, importDatabase, MIGRATION_SEEDED_TABLES } from "./index";
import { ident, productTables } from "./tables";

async function exportText(url: string): Promise<string> {
  const chunks: string[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString("utf8"));
      done();
    },
  });
  await exportDatabase(url, out);
  return chunks.join("");
}

const importText = (url: string, text: string) => importDatabase(url, Readable.from([text]));

/** The export without the header's export time, the one thing two exports of the same data may differ in. */
const timeless = (text: string) => text.replace(/,"exportedAt":"[^"]*"}\n/, "}\n");

async function sql<T = Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Rows in product tables, leaving out what the migrations themselves put there. */
async function productRows(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let n = 0;
    for (const t of await productTables(client)) {
      if (MIGRATION_SEEDED_TABLES.has(t.name)) continue;
      n += Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${ident(t.name)}`)).rows[0]!.n);
    }
    return n;
  } finally {
    await client.end();
  }
}

// A table of this test's own with every awkward kind of value; the export finds it in the
// catalog like any product table. Made in both databases, as a migration would make it.
const PROBE_TABLE = `CREATE TABLE portable_probe (
  id serial PRIMARY KEY, label text COLLATE "C" UNIQUE, at timestamptz, day date, amount numeric, ratio float8,
  big bigint, blob bytea, tags text[], grid int[][], doc jsonb, raw json, flag boolean)`;

const PROBE_ROWS = `INSERT INTO portable_probe (label, at, day, amount, ratio, big, blob, tags, grid, doc, raw, flag) VALUES
  (E'quote " backslash \\\\ newline \\n tab \\t emoji 🦊 nul-free', '2024-02-29 23:59:59.123456+00', '0001-01-01', 123456789012345678901234567890.123456789, 0.1 + 0.2,
   9007199254740993, '\\x00ff10', ARRAY['a', NULL, 'c "d"', E'e\\nf'], ARRAY[[1, 2], [3, NULL]], '{"b": [1.10, null, "x"], "a": {"z": 1e400}}', '{"keep":  "spacing", "keep": 2}', true),
  ('Ärger', '1999-12-31 12:00:00.000001-05', '2024-01-01', -0.000000000000000000001, 'NaN', -9223372036854775808, '\\x', '{}', NULL, '[]', 'null', false),
  ('aardvark', '-infinity', 'infinity', 'NaN', '-Infinity', 0, NULL, NULL, NULL, NULL, NULL, NULL),
  ('Zebra', NULL, NULL, 1e-20, 5e-324, NULL, NULL, NULL, NULL, '"just a string"', '1.0000000000000000000001', NULL),
  (NULL, NULL, NULL, NULL, 1.7976931348623157e308, NULL, NULL, NULL, NULL, NULL, NULL, NULL)`;

let source: FreshDatabase;
let exported: string;
const made: FreshDatabase[] = [];

async function migrated(purpose: string): Promise<string> {
  const database = await createFreshDatabase(purpose);
  made.push(database);
  await applyMigrations(database.url);
  await sql(database.url, PROBE_TABLE);
  return database.url;
}

async function empty(purpose: string): Promise<string> {
  const database = await createFreshDatabase(purpose);
  made.push(database);
  return database.url;
}

beforeAll(async () => {
  source = await createFreshDatabase("portable_a");
  made.push(source);
  await applyMigrations(source.url);
  await sql(source.url, PROBE_TABLE);
  await sql(source.url, PROBE_ROWS);
  const db = createPrismaClient(source.url);
  try {
    await seedReference(db);
    await createTestUser(db, { roles: ["editor", "reviewer"] });
  } finally {
    await db.$disconnect();
  }
  exported = await exportText(source.url);
});

afterAll(async () => {
  await Promise.all(made.map((d) => d.drop()));
});

describe("a full export", () => {
  it("round-trips every value exactly: the target exports to the same bytes, and its sequences go on after the largest id", async () => {
    const target = await migrated("portable_b");
    const counts = await importText(target, exported);
    expect(counts.portable_probe).toBe(5);
    expect(counts.actor).toBeGreaterThan(200);
    expect(timeless(await exportText(target))).toBe(timeless(exported));

    // The same values, compared by PostgreSQL itself (text forms are exact for every type here).
    const probe = (url: string) => sql(url, "SELECT p::text AS row FROM portable_probe p ORDER BY id");
    expect(await probe(target)).toEqual(await probe(source.url));
    expect((await probe(target))[0]!.row).toContain("🦊");

    const [next] = await sql<{ id: number }>(target, "INSERT INTO portable_probe (label) VALUES ('after') RETURNING id");
    expect(next!.id).toBe(6);
  });

  it("writes rows in primary-key order, text keys bytewise, whatever the server's locale", async () => {
    const labels = exported
      .split("\n")
      .filter((l) => l.startsWith('{"t":"actor"'))
      .map((l) => (JSON.parse(l) as { r: { code: string } }).r.code);
    expect(labels.length).toBeGreaterThan(200);
    expect(labels).toEqual([...labels].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
  });

  it("migrates a database that was never migrated, then imports", async () => {
    const target = await empty("portable_fresh");
    await sql(target, PROBE_TABLE);
    await importText(target, exported);
    expect(await latestAppliedMigration(target)).toBe(await latestAppliedMigration(source.url));
    expect(timeless(await exportText(target))).toBe(timeless(exported));
  });
});

describe("an import refuses, leaving the target as it was,", () => {
  it("a database that already holds data (reference data counts)", async () => {
    const target = await migrated("portable_full");
    const db = createPrismaClient(target);
    try {
      await seedReference(db);
    } finally {
      await db.$disconnect();
    }
    const before = await productRows(target);
    await expect(importText(target, exported)).rejects.toThrow(/^The database already holds data \(in actor, cameo_code\): import only into an empty one/);
    expect(await productRows(target)).toBe(before);
  });

  it("a file from another migration than the database's", async () => {
    const other = exported.replace(/"migration":"[^"]*"/, '"migration":"0005_api_keys"');
    const target = await migrated("portable_other");
    await expect(importText(target, other)).rejects.toThrow(/^The export was made at migration 0005_api_keys but the database is at 0006_\w+: import it into a database at the same migration\.$/);
    const never = await empty("portable_other_new");
    await expect(importText(never, other)).rejects.toThrow(/^The export was made at migration 0005_api_keys but this version of RTI migrates to 0006_\w+/);
    expect(await latestAppliedMigration(never)).toBeNull();
  });

  it("a malformed line, a cut-off file, rows that do not add up, and references to rows the file lacks", async () => {
    const target = await migrated("portable_damaged");
    const lines = exported.split("\n");
    const at = lines.findIndex((l) => l.startsWith('{"t":"cameo_code"'));
    const broken = [...lines.slice(0, at), lines[at]!.slice(0, -5), ...lines.slice(at + 1)].join("\n");
    await expect(importText(target, broken)).rejects.toThrow(`Line ${at + 1} of the export is not valid JSON`);

    const notRow = [...lines.slice(0, at), '{"table":"cameo_code"}', ...lines.slice(at + 1)].join("\n");
    await expect(importText(target, notRow)).rejects.toThrow(`Line ${at + 1} of the export is not a row line`);

    await expect(importText(target, lines.slice(0, -2).join("\n"))).rejects.toThrow("The export ends before its last line: the file is incomplete.");
    await expect(importText(target, [...lines.slice(0, at), ...lines.slice(at + 1)].join("\n"))).rejects.toThrow(/^The export's rows do not add up \(cameo_code: \d+ rows, the export says \d+\)/);

    // The user's rows gone, and the trailer told so: user_role's rows point nowhere.
    const trailer = JSON.parse(lines.at(-2)!) as { end: Record<string, number> };
    const orphans = [...lines.slice(0, -2).filter((l) => !l.startsWith('{"t":"user","r"')), JSON.stringify({ end: { ...trailer.end, user: 0 } }), ""].join("\n");
    await expect(importText(target, orphans)).rejects.toThrow(/^The export is inconsistent: 2 row\(s\) of user_role refer to user rows it does not hold/);

    await expect(importText(target, "")).rejects.toThrow("This is not an RTI export");
    expect(await productRows(target)).toBe(0);
  });
});
