// Which migration a database is at. Kept apart from the runner so the web app's health check
// can use it without bundling the migration files.
import pg from "pg";

export const MIGRATIONS_TABLE = "_rti_migrations";

/** The little of a SQL client this module needs; pg clients and pools have it, and so does
 * `queryable(prisma)` for the app's Prisma client. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** Newest applied migration's name, or null for a database never migrated (for health checks). */
export async function latestAppliedMigration(db: Queryable | string): Promise<string | null> {
  if (typeof db === "string") {
    const client = new pg.Client({ connectionString: db });
    await client.connect();
    try {
      return await latestAppliedMigration(client);
    } finally {
      await client.end();
    }
  }
  const { rows } = await db.query("SELECT to_regclass($1) IS NOT NULL AS exists", [MIGRATIONS_TABLE]);
  if (!(rows[0] as { exists: boolean } | undefined)?.exists) return null;
  const latest = await db.query(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY name DESC LIMIT 1`);
  return (latest.rows[0] as { name: string } | undefined)?.name ?? null;
}
