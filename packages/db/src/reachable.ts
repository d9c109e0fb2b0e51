import pg from "pg";
import { ConfigError, parseDatabaseUrl, redactUrl } from "./config";

/** Connects once, so an unreachable or misnamed database fails early with a sentence. */
export async function assertReachable(url: string, timeoutMs = 5000): Promise<void> {
  parseDatabaseUrl(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
    throw new ConfigError(
      `Cannot reach the database at ${redactUrl(url)} (${reason}); check that PostgreSQL is running there and that DATABASE_URL names the right host, port, user and database.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}
