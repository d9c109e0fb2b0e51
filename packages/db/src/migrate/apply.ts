// Applies prisma/migrations to a database, each migration in its own transaction, and records
// them in _rti_migrations. Our own small runner, because `prisma migrate deploy` needs the
// schema engine binary that cannot be downloaded here.
import pg from "pg";
import { listMigrations, migrationsDir, type Migration } from "./files";
import { latestAppliedMigration, MIGRATIONS_TABLE } from "./status";


// Any fixed number works; all appliers of this app must agree on it.
const LOCK_KEY = 727_400_001;

export interface ApplyOptions {
  log?: (msg: string) => void;
  /** Folder to read migrations from; prisma/migrations by default. */
  dir?: string;
}

export interface ApplyResult {
  /** Names applied by this call, in order. */
  applied: string[];
  /** Newest migration recorded in the database afterwards. */
  latest: string | null;
}

export async function applyMigrations(databaseUrl: string, opts: ApplyOptions = {}): Promise<ApplyResult> {
  const log = opts.log ?? (() => {});
  const migrations = await listMigrations(opts.dir ?? migrationsDir());
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // So two processes starting at once don't both apply the same migration. On PGlite all
    // connections share one session, where this lock never blocks; the re-check inside each
    // transaction (below) covers that case, since pglite-socket runs transactions one at a time.
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    try {
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      const recorded = await recordedChecksums(client);
      assertUnchanged(migrations, recorded);
      const applied: string[] = [];
      for (const migration of migrations.filter((m) => !recorded.has(m.name))) {
        const started = performance.now();
        if (await applyOne(client, migration)) {
          applied.push(migration.name);
          log(`Applied migration ${migration.name} (${Math.round(performance.now() - started)} ms)`);
        }
      }
      return { applied, latest: await latestAppliedMigration(client) };
    } finally {
      // If the connection broke, the lock went with it; keep the error that broke it.
      await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end();
  }
}

async function recordedChecksums(client: pg.ClientBase): Promise<Map<string, string>> {
  const { rows } = await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM ${MIGRATIONS_TABLE}`);
  return new Map(rows.map((r) => [r.name, r.checksum]));
}

// An applied migration that was edited afterwards means databases made before and after the
// edit differ while both claim to be up to date.
function assertUnchanged(migrations: Migration[], recorded: Map<string, string>): void {
  for (const m of migrations) {
    const checksum = recorded.get(m.name);
    if (checksum !== undefined && checksum !== m.checksum) {
      throw new Error(
        `Migration ${m.name} was edited after it was applied to this database (its checksum changed): ` +
          `restore prisma/migrations/${m.name}/migration.sql and put the change in a new migration with \`npm run db:migration -- <name>\`.`,
      );
    }
  }
}

/** Runs one migration and records it atomically; false if another process recorded it first. */
async function applyOne(client: pg.ClientBase, migration: Migration): Promise<boolean> {
  await client.query("BEGIN");
  try {
    const { rowCount } = await client.query(`SELECT 1 FROM ${MIGRATIONS_TABLE} WHERE name = $1`, [migration.name]);
    if (rowCount) {
      await client.query("ROLLBACK");
      return false;
    }
    await client.query(migration.sql);
    await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (name, checksum) VALUES ($1, $2)`, [migration.name, migration.checksum]);
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {}); // a broken connection rolls back by itself
    const detail = error instanceof pg.DatabaseError && error.detail ? ` (${error.detail})` : "";
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}${detail}`, { cause: error });
  }
}
