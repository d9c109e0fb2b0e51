// The migrations folder: prisma/migrations/NNNN_snake_name/{migration.sql,schema.prisma}.
// Each migration keeps the schema it was generated to, because the next migration is the
// diff from that snapshot (the wasm schema engine cannot read a live database's schema).
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface Migration {
  /** Folder name, e.g. "0001_init"; migrations apply in this order. */
  name: string;
  sql: string;
  /** The schema.prisma the migration was generated to. */
  snapshot: string;
  /** sha256 of `sql`, recorded when applied so later edits are noticed. */
  checksum: string;
}

const MIGRATION_NAME = /^\d{4}_[a-z][a-z0-9_]*$/;

/** The folder holding prisma/schema.prisma, found by walking up from this file. */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, "prisma", "schema.prisma"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("Cannot find prisma/schema.prisma above packages/db.");
    dir = parent;
  }
  return dir;
}

export function schemaPath(root = repoRoot()): string {
  return path.join(root, "prisma", "schema.prisma");
}

export function migrationsDir(root = repoRoot()): string {
  return path.join(root, "prisma", "migrations");
}

export function readSchema(root = repoRoot()): Promise<string> {
  return readFile(schemaPath(root), "utf8");
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** All migrations, oldest first. */
export async function listMigrations(dir = migrationsDir()): Promise<Migration[]> {
  const entries = existsSync(dir) ? await readdir(dir, { withFileTypes: true }) : [];
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  // Refuse rather than skip: a misnamed folder or two migrations sharing a number (made on
  // two branches) would otherwise apply in a surprising order or not at all.
  names.forEach((name, i) => {
    if (!MIGRATION_NAME.test(name)) {
      throw new Error(`${path.join(dir, name)} is not a migration folder name (expected NNNN_snake_name, e.g. 0002_add_notes).`);
    }
    if (i > 0 && name.slice(0, 4) === names[i - 1]!.slice(0, 4)) {
      throw new Error(
        `Migrations ${names[i - 1]} and ${name} share a number: delete the newer one and make it again with \`npm run db:migration -- <name>\`.`,
      );
    }
  });
  return Promise.all(
    names.map(async (name) => {
      const [sql, snapshot] = await Promise.all([
        readFile(path.join(dir, name, "migration.sql"), "utf8"),
        readFile(path.join(dir, name, "schema.prisma"), "utf8"),
      ]);
      return { name, sql, snapshot, checksum: sha256(sql) };
    }),
  );
}
