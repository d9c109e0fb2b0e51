import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createFreshDatabase, type FreshDatabase } from "../testing/fresh-database";
import { applyMigrations } from "./apply";
import { latestAppliedMigration, MIGRATIONS_TABLE } from "./status";
import { listMigrations, migrationsDir } from "./files";

const migrations = await listMigrations();
const names = migrations.map((m) => m.name);

// Every table the migrations create, read from their SQL so the test follows the schema.
const tables = migrations.flatMap((m) => [...m.sql.matchAll(/CREATE TABLE "(\w+)"/g)].map((match) => match[1]));

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A copy of prisma/migrations to break in a test. */
async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "rti-migrations-"));
  await cp(migrationsDir(), dir, { recursive: true });
  return dir;
}

// Not the run's shared database (already migrated by the global setup): one of our own, empty.
describe("applyMigrations on a fresh database", () => {
  let db: FreshDatabase;
  beforeAll(async () => {
    db = await createFreshDatabase("migrate");
  });
  afterAll(() => db?.drop());

  test("applies every migration and records it", async () => {
    expect(names.length).toBeGreaterThan(0);
    expect(await latestAppliedMigration(db.url)).toBeNull();

    const result = await applyMigrations(db.url);
    expect(result).toEqual({ applied: names, latest: names.at(-1) });

    const present = await query<{ table_name: string }>(
      db.url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(present.map((r) => r.table_name)).toEqual(expect.arrayContaining([...tables, MIGRATIONS_TABLE]));
    const recorded = await query<{ name: string; checksum: string }>(db.url, `SELECT name, checksum FROM ${MIGRATIONS_TABLE} ORDER BY name`);
    expect(recorded).toEqual(migrations.map(({ name, checksum }) => ({ name, checksum })));
  });

  test("applying again changes nothing", async () => {
    expect(await applyMigrations(db.url)).toEqual({ applied: [], latest: names.at(-1) });
  });

  test("refuses a migration edited after it was applied", async () => {
    const dir = await copyOfMigrations();
    try {
      await writeFile(path.join(dir, names[0]!, "migration.sql"), `${migrations[0]!.sql}\n-- edited\n`);
      await expect(applyMigrations(db.url, { dir })).rejects.toThrow(`Migration ${names[0]} was edited after it was applied`);
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  test("rolls back a failing migration and names it", async () => {
    const dir = await copyOfMigrations();
    try {
      await mkdir(path.join(dir, "9999_broken"));
      await writeFile(path.join(dir, "9999_broken", "migration.sql"), 'CREATE TABLE "half_done" (id int);\nSELECT no_such_function();\n');
      await writeFile(path.join(dir, "9999_broken", "schema.prisma"), "");
      await expect(applyMigrations(db.url, { dir })).rejects.toThrow(/^Migration 9999_broken failed and was rolled back: .*no_such_function/);
      expect(await query(db.url, "SELECT to_regclass('half_done') AS t")).toEqual([{ t: null }]);
      expect(await latestAppliedMigration(db.url)).toBe(names.at(-1));
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});

test("two concurrent starters apply each migration once", async () => {
  const db = await createFreshDatabase("migrate_race");
  try {
    const results = await Promise.all([applyMigrations(db.url), applyMigrations(db.url)]);
    expect(results.flatMap((r) => r.applied).sort()).toEqual(names);
    expect(results.map((r) => r.latest)).toEqual([names.at(-1), names.at(-1)]);
  } finally {
    await db.drop();
  }
});
